package io.amlargs.schema.sync;

import java.util.List;

/**
 * One shape of a variant dictionary, such as {@code compute_args} for compute type
 * {@code AmlComputeCluster}.
 *
 * @param name the selector value, such as {@code AmlComputeCluster}
 * @param keys the keys in page order
 * @param line the 1-based line of the variant's heading
 */
record DocumentedVariant(String name, List<DocumentedKey> keys, int line) {

    DocumentedVariant {
        keys = List.copyOf(keys);
    }
}
