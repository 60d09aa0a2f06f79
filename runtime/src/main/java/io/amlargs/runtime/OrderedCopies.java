package io.amlargs.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable copies that keep insertion order and accept null values, unlike {@link Map#copyOf}. */
final class OrderedCopies {

    private OrderedCopies() {
    }

    static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        if (map == null) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> copyOf(List<T> list) {
        if (list == null) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
