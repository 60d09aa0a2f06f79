package io.amlargs.validation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading arguments: the value, unless there are errors, and every violation.
 *
 * @param value the arguments read, or {@code null} when {@code violations} contains an error
 * @param violations every error and warning, in the order they were found
 * @param <T> the type of the arguments
 */
public record ReadResult<T>(T value, List<Violation> violations) {

    public ReadResult {
        violations = List.copyOf(violations);
        if (value == null && !Violations.hasErrors(violations)) {
            throw new IllegalArgumentException("value is null, but violations contain no error");
        }
        if (value != null && Violations.hasErrors(violations)) {
            throw new IllegalArgumentException("value must be null when violations contain an error");
        }
    }

    /** Returns a result for {@code value} with the warnings found while reading it. */
    public static <T> ReadResult<T> of(T value, List<Violation> warnings) {
        return new ReadResult<>(Objects.requireNonNull(value, "value"), warnings);
    }

    /** Returns a result of a supertype, so a shape can be returned as its sealed interface. */
    public static <T> ReadResult<T> widen(ReadResult<? extends T> result) {
        return new ReadResult<>(result.value(), result.violations());
    }

    /** Returns whether any violation is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return Violations.hasErrors(violations);
    }

    /** Returns the violations of severity {@link Severity#ERROR}. */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    /** Returns the violations of severity {@link Severity#WARNING}. */
    public List<Violation> warnings() {
        return violations.stream().filter(violation -> !violation.isError()).toList();
    }

    /**
     * Returns the value.
     *
     * @throws ArgsValidationException if there is an error; its message lists every violation
     */
    public T orThrow() {
        if (hasErrors()) {
            throw new ArgsValidationException(violations);
        }
        return value;
    }
}
