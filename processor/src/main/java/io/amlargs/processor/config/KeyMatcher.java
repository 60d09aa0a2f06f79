package io.amlargs.processor.config;

import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.Property;
import io.amlargs.validation.KeySuggester;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the methods of an {@code @ArgsConfig} interface to the keys of its definition. A method
 * maps to the key that its {@code @ArgKey} names; without one, to the key whose generated Java
 * name is the method name, so {@code cloud()} finds {@code _cloud} just as the generated builder
 * calls it; else to the key that is the method name in snake_case, so {@code path()} finds
 * {@code path}, whose Java name is {@code pathValue}.
 */
final class KeyMatcher {

    private final Map<String, Property> byKey = new LinkedHashMap<>();
    private final Map<String, Property> byJavaName = new LinkedHashMap<>();

    KeyMatcher(Definition definition) {
        for (Property property : definition.properties()) {
            byKey.put(property.name(), property);
            byJavaName.put(property.javaName(), property);
        }
    }

    /**
     * Returns the key of a method.
     *
     * @param methodName the simple name of the method
     * @param argKey the value of its {@code @ArgKey}, or null when it has none
     */
    Optional<Property> match(String methodName, String argKey) {
        if (argKey != null) {
            return Optional.ofNullable(byKey.get(argKey));
        }
        Property property = byJavaName.get(methodName);
        if (property == null) {
            property = byKey.get(snakeCase(methodName));
        }
        return Optional.ofNullable(property);
    }

    /**
     * Returns {@code "; did you mean 'key'?"} naming the documented key nearest to a method that
     * maps to none, or an empty string. A method name is compared with the Java names, where
     * {@code vmSizee} is one edit from {@code vmSize}, and then in snake_case with the keys.
     */
    String hint(String methodName, String argKey) {
        if (argKey != null) {
            return KeySuggester.hint(argKey, byKey.keySet());
        }
        Optional<String> key = KeySuggester.suggest(methodName, byJavaName.keySet())
                .map(javaName -> byJavaName.get(javaName).name())
                .or(() -> KeySuggester.suggest(snakeCase(methodName), byKey.keySet()));
        return key.map(found -> "; did you mean '" + found + "'?").orElse("");
    }

    /** Returns {@code name} in snake_case: {@code maxNodes} becomes {@code max_nodes}. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
