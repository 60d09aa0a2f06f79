package io.amlargs.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Operations on lists of violations that generated code shares. */
public final class Violations {

    private Violations() {
    }

    /** Returns whether {@code violations} contains an {@link Severity#ERROR}. */
    public static boolean hasErrors(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isError);
    }

    /**
     * Appends {@code checks} to {@code read}, leaving out {@code MISSING_KEY} for paths that
     * {@code read} already reports. A key whose value could not be read is null afterwards, and
     * is not missing.
     */
    public static List<Violation> merge(List<Violation> read, List<Violation> checks) {
        Set<String> reported = new HashSet<>();
        for (Violation violation : read) {
            reported.add(violation.path());
        }

        List<Violation> merged = new ArrayList<>(read);
        for (Violation violation : checks) {
            boolean duplicate = violation.id().equals(ViolationIds.MISSING_KEY)
                    && reported.contains(violation.path());
            if (!duplicate) {
                merged.add(violation);
            }
        }
        return merged;
    }
}
