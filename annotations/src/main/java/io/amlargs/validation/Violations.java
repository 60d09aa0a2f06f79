package io.amlargs.validation;

import java.util.List;

/** Operations on lists of violations that generated code shares. */
public final class Violations {

    private Violations() {
    }

    /** Returns whether {@code violations} contains an {@link Severity#ERROR}. */
    public static boolean hasErrors(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isError);
    }
}
