package io.amlargs.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One shape of an argument dictionary, selected by a workflow parameter such as
 * {@code compute_type}.
 *
 * @param name the documented selector value, such as {@code AmlComputeCluster}
 * @param javaType the generated record
 * @param keys the documented keys in schema order
 */
public record ArgsVariant(String name, Class<?> javaType, List<ArgsKey> keys) {

    public ArgsVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        keys = List.copyOf(keys);
    }

    /** Returns the documented key names in schema order. */
    public List<String> keyNames() {
        return keys.stream().map(ArgsKey::name).toList();
    }
}
