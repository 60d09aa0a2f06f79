package io.amlargs.runtime.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything a local run needs, already validated and with relative paths resolved.
 *
 * @param experiment experiment name
 * @param sourceDirectory folder copied into the snapshot
 * @param command argv to run inside the snapshot
 * @param maxRunDuration time after which the process is stopped and the run fails
 * @param configFile DWC connection file copied into the snapshot as {@code config.json}, or null
 * @param tags run tags
 * @param args redacted argument dictionaries for the run record
 * @param compute redacted compute summary for the run record
 * @param environment redacted environment summary for the run record
 * @param environmentVariables variables added to the process environment
 * @param excludedFiles absolute paths of files inside the source directory that the snapshot
 *     leaves out
 */
record RunSpec(
        String experiment,
        Path sourceDirectory,
        RunCommand command,
        Duration maxRunDuration,
        Path configFile,
        Map<String, String> tags,
        Map<String, Object> args,
        Map<String, Object> compute,
        Map<String, Object> environment,
        Map<String, String> environmentVariables,
        Set<Path> excludedFiles) {

    RunSpec {
        RunIds.requireValidExperimentName(experiment);
        if (maxRunDuration.isNegative() || maxRunDuration.isZero()) {
            throw new IllegalArgumentException("max_run_duration_seconds must be 1 or more, got "
                    + maxRunDuration.toSeconds());
        }
        tags = orderedCopy(tags);
        args = orderedCopy(args);
        compute = orderedCopy(compute);
        environment = orderedCopy(environment);
        environmentVariables = orderedCopy(environmentVariables);
        excludedFiles = excludedFiles == null ? Set.of() : Set.copyOf(excludedFiles);
    }

    /**
     * Returns a spec with only the required parts: the maps are empty, and there is no config file and
     * no excluded file.
     */
    static RunSpec of(String experiment, Path sourceDirectory, RunCommand command, Duration maxRunDuration) {
        return new RunSpec(experiment, sourceDirectory, command, maxRunDuration, null,
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of());
    }

    private static <V> Map<String, V> orderedCopy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
