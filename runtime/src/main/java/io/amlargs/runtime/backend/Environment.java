package io.amlargs.runtime.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Python environment that a backend built for runs.
 *
 * @param name environment name, from {@code environment_args.name}
 * @param environmentType documented environment type, such as {@code CondaPackageEnvironment}
 * @param built whether the backend built the environment, false when it only recorded it
 * @param settings the {@code environment_args} with secrets redacted, for run records and logs
 */
public record Environment(String name, String environmentType, boolean built, Map<String, Object> settings) {

    public Environment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environmentType, "environmentType");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
