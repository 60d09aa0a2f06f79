package io.amlargs.processor.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns documented key names into Java names. Every name that the processor takes from the
 * schema passes through here, so the rules are the same everywhere:
 *
 * <ul>
 *   <li>snake_case becomes camelCase, and other characters that Java names cannot contain
 *       separate words too: {@code vm_size} becomes {@code vmSize};
 *   <li>leading underscores are dropped: {@code _cloud} becomes {@code cloud}, or
 *       {@code internalCloud} when a key without underscore already has that name;
 *   <li>keywords, and names that the generated code already uses, get the suffix {@code Value}:
 *       {@code default} becomes {@code defaultValue}, {@code path} becomes {@code pathValue}.
 * </ul>
 */
public final class JavaNames {

    /** Names of methods, parameters and locals of generated records and builders. */
    private static final Set<String> TAKEN = Set.of(
            "builder", "toBuilder", "read", "fromMap", "toMap", "toRedactedMap", "toString", "hashCode", "equals",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "variant", "validate", "build",
            "finish", "withDefaults", "create", "path", "map", "entries", "reader", "values", "out", "args",
            "violations", "redact", "resolved");

    private JavaNames() {
    }

    /**
     * Returns the Java names of {@code keys}, in the same order. A name that still clashes after
     * these rules is returned twice; the caller reports it.
     */
    public static List<String> componentNames(List<String> keys) {
        Map<String, String> plain = new HashMap<>();
        for (String key : keys) {
            if (!key.startsWith("_")) {
                plain.put(camelCase(key), key);
            }
        }

        List<String> names = new ArrayList<>();
        for (String key : keys) {
            String name = camelCase(key);
            if (key.startsWith("_") && plain.containsKey(name)) {
                name = "internal" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
            names.add(avoidTaken(name));
        }
        return names;
    }

    /** Returns {@code key} in camelCase without leading underscores, before clash handling. */
    static String camelCase(String key) {
        StringBuilder name = new StringBuilder();
        boolean upperNext = false;
        for (char c : key.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upperNext = name.length() > 0;
            } else if (upperNext) {
                name.append(Character.toUpperCase(c));
                upperNext = false;
            } else {
                name.append(name.length() == 0 ? Character.toLowerCase(c) : c);
            }
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "key");
        }
        return name.toString();
    }

    /** Returns {@code key} as a constant name: {@code vm_size} becomes {@code VM_SIZE}. */
    public static String constantName(String key) {
        return camelCase(key).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String avoidTaken(String name) {
        if (SourceVersion.isKeyword(name) || TAKEN.contains(name)) {
            return name + "Value";
        }
        return name;
    }
}
