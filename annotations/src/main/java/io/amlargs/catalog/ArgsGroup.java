package io.amlargs.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One documented argument dictionary, such as {@code workspace_args} or {@code compute_args}.
 *
 * @param name the documented dictionary name
 * @param selector the workflow parameter that selects the variant, such as
 *     {@code compute_type}, or null when the dictionary has one shape
 * @param javaType the generated record, or the sealed interface when there are variants
 * @param keys the documented keys in schema order; empty when there are variants
 * @param variants the variants in schema order; empty when the dictionary has one shape
 */
public record ArgsGroup(
        String name, String selector, Class<?> javaType, List<ArgsKey> keys, List<ArgsVariant> variants) {

    public ArgsGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        keys = List.copyOf(keys);
        variants = List.copyOf(variants);
    }

    /** Returns whether the shape of this dictionary depends on a selector. */
    public boolean hasVariants() {
        return selector != null;
    }

    /** Returns the variant with the documented selector value {@code name}. */
    public Optional<ArgsVariant> variant(String name) {
        return variants.stream().filter(variant -> variant.name().equals(name)).findFirst();
    }

    /** Returns the documented key names in schema order; empty when there are variants. */
    public List<String> keyNames() {
        return keys.stream().map(ArgsKey::name).toList();
    }
}
