package io.amlargs.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when arguments have at least one {@link Severity#ERROR} violation. The message lists
 * every violation, warnings included, one per line.
 */
public class ArgsValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates an exception that lists {@code violations}.
     *
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ArgsValidationException(List<Violation> violations) {
        super(render(violations));
        this.violations = List.copyOf(violations);
    }

    /** Returns every violation, errors and warnings, in the order they were found. */
    public List<Violation> violations() {
        return violations;
    }

    /** Returns the violations of severity {@link Severity#ERROR}. */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    private static String render(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations is empty; an exception needs at least one");
        }
        long errors = violations.stream().filter(Violation::isError).count();
        String header = errors == 1 ? "1 invalid argument:" : errors + " invalid arguments:";
        return violations.stream()
                .map(Violation::toString)
                .collect(Collectors.joining(System.lineSeparator(), header + System.lineSeparator(), ""));
    }
}
