package io.amlargs.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies and default merges that generated records and builders use. Copies keep
 * insertion order and allow null items, so they match what was read from the map.
 */
public final class ArgsCollections {

    private ArgsCollections() {
    }

    /** Returns an unmodifiable copy of {@code list}, or null for null. */
    public static <T> List<T> copyOf(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * Returns an unmodifiable copy of {@code map} in its iteration order, or null for null.
     * Nested maps and lists, as in pass-through {@code kwargs}, are copied the same way.
     */
    public static <V> Map<String, V> copyOf(Map<String, V> map) {
        if (map == null) {
            return null;
        }
        Map<String, V> copy = new LinkedHashMap<>();
        for (Map.Entry<String, V> entry : map.entrySet()) {
            copy.put(entry.getKey(), deepCopy(entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns {@code defaults} followed by {@code items}, without the items that appeared
     * earlier. The default list always comes first, whatever the user gave.
     */
    public static <T> List<T> prepend(List<T> defaults, List<T> items) {
        LinkedHashSet<T> merged = new LinkedHashSet<>(defaults);
        if (items != null) {
            merged.addAll(items);
        }
        return Collections.unmodifiableList(new ArrayList<>(merged));
    }

    @SuppressWarnings("unchecked")
    private static <V> V deepCopy(V value) {
        if (value instanceof Map<?, ?> nested) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            nested.forEach((key, item) -> copy.put(key, deepCopy(item)));
            return (V) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> nested) {
            List<Object> copy = new ArrayList<>();
            nested.forEach(item -> copy.add(deepCopy(item)));
            return (V) Collections.unmodifiableList(copy);
        }
        return value;
    }
}
