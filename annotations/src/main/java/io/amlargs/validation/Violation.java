package io.amlargs.validation;

import java.util.Objects;

/**
 * One problem found in a set of arguments.
 *
 * @param severity whether the problem stops a run
 * @param id stable code of the check, such as {@code UNKNOWN_KEY} or a rule id of the schema
 * @param path where the problem is, such as {@code compute_args.max_nodes} or
 *     {@code config_args.arguments[7]}
 * @param message what is wrong, with the offending value in quotes (or {@code <redacted>} for
 *     secrets), and how to fix it
 */
public record Violation(Severity severity, String id, String path, String message) {

    public Violation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** Creates an {@link Severity#ERROR} violation. */
    public static Violation error(String id, String path, String message) {
        return new Violation(Severity.ERROR, id, path, message);
    }

    /** Creates a {@link Severity#WARNING} violation. */
    public static Violation warning(String id, String path, String message) {
        return new Violation(Severity.WARNING, id, path, message);
    }

    /** Returns whether this violation is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Renders the violation as {@code [ID] path: message}, with {@code (warning)} after the id
     * of a warning.
     */
    @Override
    public String toString() {
        String marker = isError() ? "" : " (warning)";
        return "[" + id + "]" + marker + " " + path + ": " + message;
    }
}
