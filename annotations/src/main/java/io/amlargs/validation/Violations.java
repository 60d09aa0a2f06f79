package io.amlargs.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
     * Appends {@code checks} to {@code read}, leaving out {@code MISSING_KEY} for a path that
     * {@code read} already reports, or reports something inside of. A key whose value could not
     * be read is null afterwards, but it is not missing.
     */
    public static List<Violation> merge(List<Violation> read, List<Violation> checks) {
        Set<String> reported = new LinkedHashSet<>();
        for (Violation violation : read) {
            reported.add(violation.path());
        }

        List<Violation> merged = new ArrayList<>(read);
        for (Violation violation : checks) {
            boolean duplicate = violation.id().equals(ViolationIds.MISSING_KEY)
                    && reported.stream().anyMatch(path -> isWithin(path, violation.path()));
            if (!duplicate) {
                merged.add(violation);
            }
        }
        return merged;
    }

    private static boolean isWithin(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
    }
}
