package io.amlargs.runtime.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A compute target that a backend got or created.
 *
 * @param name compute name, from {@code compute_args.compute_name}
 * @param computeType documented compute type, such as {@code AmlComputeCluster}
 * @param provisioned whether the backend created or found the compute, false when it only recorded it
 * @param settings the {@code compute_args} with secrets redacted, for run records and logs
 */
public record ComputeTarget(String name, String computeType, boolean provisioned, Map<String, Object> settings) {

    public ComputeTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(computeType, "computeType");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
