package io.amlargs.processor.config;

import io.amlargs.annotations.ArgKey;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Diagnostics;
import io.amlargs.processor.schema.Property;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the methods of an {@code @ArgsConfig} interface to the keys of its dictionary and checks
 * the result: every method has a key of a fitting type, no key has two methods, and every
 * required key without default has one.
 */
final class KeyChecks {

    private final ConfigTarget target;
    private final KeyMatcher matcher;
    private final KeyTypes keyTypes;
    private final Diagnostics diagnostics;

    KeyChecks(ConfigTarget target, KeyTypes keyTypes, Diagnostics diagnostics) {
        this.target = target;
        this.matcher = new KeyMatcher(target.definition());
        this.keyTypes = keyTypes;
        this.diagnostics = diagnostics;
    }

    /** Returns the methods that map to a key, and reports those that do not or whose type does not fit. */
    List<MappedKey> map(List<ExecutableElement> methods) {
        List<MappedKey> keys = new ArrayList<>();
        for (ExecutableElement method : methods) {
            String name = method.getSimpleName().toString();
            ArgKey argKey = method.getAnnotation(ArgKey.class);
            String explicit = argKey == null ? null : argKey.value();
            Optional<Property> property = matcher.match(name, explicit);
            if (property.isEmpty()) {
                reportUnknown(method, explicit);
                continue;
            }
            warnIfDeprecated(method, property.get());
            checkType(method, property.get());
            keys.add(new MappedKey(method, property.get()));
        }
        return keys;
    }

    /** Reports every method of a key that more than one method maps to. */
    void checkDuplicates(List<MappedKey> keys) {
        Map<String, List<ExecutableElement>> methodsByKey = new LinkedHashMap<>();
        for (MappedKey key : keys) {
            methodsByKey.computeIfAbsent(key.property().name(), name -> new ArrayList<>()).add(key.method());
        }
        methodsByKey.forEach((key, methods) -> {
            if (methods.size() > 1) {
                String names = quotedNames(methods);
                for (ExecutableElement method : methods) {
                    diagnostics.error(method, null, DiagnosticIds.DUPLICATE_KEY, names + " map to the same key " + key
                            + " of " + target.owner() + "; keep one of them");
                }
            }
        });
    }

    /** Reports each required key without default that no method maps to, since toArgs could never succeed. */
    void checkRequired(TypeElement config, AnnotationMirror annotation, List<MappedKey> keys) {
        for (Property property : target.definition().properties()) {
            boolean mapped = keys.stream().anyMatch(key -> key.property().equals(property));
            if (property.required() && !property.hasDefault() && !mapped) {
                diagnostics.error(config, annotation, DiagnosticIds.MISSING_REQUIRED_KEY, "'" + property.name()
                        + "' is required by " + target.owner() + ", but no method of " + config.getSimpleName()
                        + " maps to it; add a method such as '" + keyTypes.spelling(property.type()) + " "
                        + property.javaName() + "()'");
            }
        }
    }

    private void reportUnknown(ExecutableElement method, String explicit) {
        String name = explicit != null ? explicit : method.getSimpleName().toString();
        String hint = matcher.hint(method.getSimpleName().toString(), explicit);
        String fix = hint.isEmpty()
                ? "; name the method after a key, map it with @ArgKey, or make it a default method"
                : hint;
        diagnostics.error(method, argKeyMirror(method), DiagnosticIds.UNKNOWN_KEY, "'" + name + "' is not a key of "
                + target.owner() + fix);
    }

    private void warnIfDeprecated(ExecutableElement method, Property property) {
        SuppressWarnings suppressed = method.getAnnotation(SuppressWarnings.class);
        if (!property.deprecated() || suppressed != null && Arrays.asList(suppressed.value()).contains("deprecation")) {
            return;
        }
        String ignored = property.docs().ignored() ? " and ignored" : "";
        diagnostics.warning(method, null, DiagnosticIds.DEPRECATED_KEY, "'" + method.getSimpleName() + "' maps to the"
                + " key " + property.name() + " of " + target.owner() + ", which is deprecated" + ignored
                + "; remove the method, or add @SuppressWarnings(\"deprecation\") to it");
    }

    private void checkType(ExecutableElement method, Property property) {
        TypeMirror returned = method.getReturnType();
        Optional<TypeMirror> keyType = keyTypes.typeOf(property.type());
        // javac reports a return type that does not resolve, and a missing generated type is
        // reported once for the dictionary, as ARGS_NOT_FOUND.
        if (returned.getKind() == TypeKind.ERROR || keyType.isEmpty()) {
            return;
        }
        if (returned.getKind() != TypeKind.VOID && keyTypes.accepts(returned, keyType.get())) {
            return;
        }
        String expected = keyTypes.spelling(property.type());
        String primitive = KeyTypes.primitive(property.type());
        String fix = primitive == null ? expected : expected + " or " + primitive;
        diagnostics.error(method, null, DiagnosticIds.KEY_TYPE_MISMATCH, "'" + method.getSimpleName() + "' returns "
                + returned + ", but the key " + property.name() + " of " + target.owner() + " is " + expected
                + "; return " + fix);
    }

    /** Returns {@code 'a' and 'b'}, or {@code 'a', 'b' and 'c'}. */
    private static String quotedNames(List<ExecutableElement> methods) {
        List<String> names = methods.stream().map(method -> "'" + method.getSimpleName() + "'").toList();
        String head = String.join(", ", names.subList(0, names.size() - 1));
        return head + " and " + names.get(names.size() - 1);
    }

    private static AnnotationMirror argKeyMirror(ExecutableElement method) {
        return method.getAnnotationMirrors().stream()
                .filter(mirror -> mirror.getAnnotationType().toString().equals(ArgKey.class.getCanonicalName()))
                .findFirst()
                .orElse(null);
    }
}
