package io.amlargs.processor.config;

import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Diagnostics;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that an {@code @ArgsConfig} type is an interface that a generated class in its package
 * can use, and that its abstract methods are plain accessors that {@code toArgs} can call.
 */
final class InterfaceChecks {

    private final Types types;
    private final Diagnostics diagnostics;
    private final TypeMirror runtimeException;
    private final TypeMirror error;

    InterfaceChecks(Elements elements, Types types, Diagnostics diagnostics) {
        this.types = types;
        this.diagnostics = diagnostics;
        this.runtimeException = elements.getTypeElement(RuntimeException.class.getCanonicalName()).asType();
        this.error = elements.getTypeElement(Error.class.getCanonicalName()).asType();
    }

    /** Returns whether {@code config} is an interface, and reports it when it is not. */
    boolean isInterface(TypeElement config, AnnotationMirror annotation) {
        if (config.getKind() == ElementKind.INTERFACE) {
            return true;
        }
        String kind = config.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        diagnostics.error(config, annotation, DiagnosticIds.NOT_AN_INTERFACE, "@ArgsConfig is on the " + kind + " "
                + config.getSimpleName() + ", but only an interface can describe args; make it an interface");
        return false;
    }

    /**
     * Reports an interface that is private or generic. Local interfaces need no check, because
     * javac does not hand types declared in method bodies to processors.
     */
    void checkUsable(TypeElement config, AnnotationMirror annotation) {
        String name = config.getSimpleName().toString();
        if (isPrivate(config)) {
            diagnostics.error(config, annotation, DiagnosticIds.UNSUPPORTED_INTERFACE, name + " is private or inside"
                    + " a private type, so the generated class beside it cannot use it; make it package-private");
        }
        if (!config.getTypeParameters().isEmpty()) {
            diagnostics.error(config, annotation, DiagnosticIds.UNSUPPORTED_INTERFACE, name + " declares type"
                    + " parameters, but @ArgsConfig describes one fixed dictionary; remove them");
        }
    }

    /** Reports an abstract method that takes parameters, declares type parameters or throws a checked exception. */
    void checkSignature(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (!method.getParameters().isEmpty()) {
            diagnostics.error(method, null, DiagnosticIds.METHOD_HAS_PARAMETERS, "'" + name + "' takes parameters,"
                    + " but toArgs calls each method without arguments; remove the parameters, or make it a default"
                    + " method");
        }
        if (!method.getTypeParameters().isEmpty()) {
            diagnostics.error(method, null, DiagnosticIds.GENERIC_METHOD, "'" + name + "' declares type parameters, but"
                    + " a key has one type; remove them, or make it a default method");
        }
        for (TypeMirror thrown : method.getThrownTypes()) {
            if (!types.isSubtype(thrown, runtimeException) && !types.isSubtype(thrown, error)) {
                diagnostics.error(method, null, DiagnosticIds.CHECKED_EXCEPTION, "'" + name + "' throws the checked"
                        + " exception " + thrown + ", which toArgs cannot handle; remove it from the throws clause");
            }
        }
    }

    private static boolean isPrivate(TypeElement config) {
        for (Element type = config; type instanceof TypeElement; type = type.getEnclosingElement()) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }
}
