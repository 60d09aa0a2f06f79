package io.amlargs.runtime;

import java.time.Instant;
import java.util.Map;

/**
 * Record of one run as a backend stores it, such as {@code run.json} of the local backend.
 *
 * <p>{@code args} are the argument dictionaries the run was submitted with, already redacted by the
 * caller: the record stores and prints them as given. {@code compute} and {@code environment}
 * summarise what the run was asked to use, and also come redacted.
 *
 * @param id run id, such as {@code iris_1718000000_0a1b2c3d}
 * @param experiment experiment name
 * @param status current status
 * @param exitCode exit code of the run's process, or null while it runs or when it never started
 * @param startTime when the process started, or null before that
 * @param endTime when the run ended, or null while it has not
 * @param durationSeconds seconds between start and end, or null until both are known
 * @param tags tags given at submission
 * @param error why the run failed or was canceled, or null
 * @param args redacted argument dictionaries, keyed by dictionary name such as {@code config_args}
 * @param compute redacted summary of the requested compute, empty when none was requested
 * @param environment redacted summary of the requested environment, empty when none was requested
 * @param backend name of the backend that ran it, such as {@code local}
 */
public record RunRecord(
        String id,
        String experiment,
        RunStatus status,
        Integer exitCode,
        Instant startTime,
        Instant endTime,
        Double durationSeconds,
        Map<String, String> tags,
        String error,
        Map<String, Object> args,
        Map<String, Object> compute,
        Map<String, Object> environment,
        String backend) {

    public RunRecord {
        requireText(id, "id");
        requireText(experiment, "experiment");
        if (status == null) {
            throw new NullPointerException("status");
        }
        tags = OrderedCopies.copyOf(tags);
        args = OrderedCopies.copyOf(args);
        compute = OrderedCopies.copyOf(compute);
        environment = OrderedCopies.copyOf(environment);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty, got '" + value + "'");
        }
    }
}
