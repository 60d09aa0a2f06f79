package fixture.args;

import io.amlargs.validation.ArgPaths;
import io.amlargs.validation.Violation;
import io.amlargs.validation.ViolationIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Checks the values of {@link ExperimentArgs} against the rules of {@code experiment_args}.
 */
@Generated("io.amlargs.processor.ArgsProcessor")
public final class ExperimentArgsValidator {
    private ExperimentArgsValidator() {
    }

    /**
     * Returns every error and warning of {@code args}, and of the objects nested in it, with paths below {@code path}.
     */
    public static List<Violation> validate(ExperimentArgs args, String path) {
        List<Violation> violations = check(args.toBuilder(), path, Set.of());
        return violations;
    }

    /**
     * Returns the violations of the builder values themselves, without nested objects. A key in {@code unreadable} has a value that {@code read} already reported as invalid, so it is not reported as missing, and the rules that name it are skipped.
     */
    static List<Violation> check(ExperimentArgs.Builder values, String path,
            Set<String> unreadable) {
        List<Violation> out = new ArrayList<>();
        checkRequired(values, path, unreadable, out);
        return out;
    }

    private static void checkRequired(ExperimentArgs.Builder values, String path,
            Set<String> unreadable, List<Violation> out) {
        if (values.name == null && !unreadable.contains("name")) {
            out.add(Violation.error(ViolationIds.MISSING_KEY, ArgPaths.key(path, "name"), "'name' is required by experiment_args; add it"));
        }
    }
}
