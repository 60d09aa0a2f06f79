package io.amlargs.runtime.local;

import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Run ids of the form {@code <experiment>_<epoch seconds>_<8 hex digits>}, as Azure Machine Learning
 * forms them.
 *
 * <p>Ids of one experiment sort by start second. The random suffix makes ids of the same second
 * distinct, and {@link LocalStore#createRun} retries in the rare case that one is already taken.
 */
final class RunIds {

    // Azure ML's rule for experiment names. It also keeps the run id a single, safe folder name.
    private static final Pattern EXPERIMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,255}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    static String newRunId(String experiment, Instant now) {
        requireValidExperimentName(experiment);

        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return experiment + "_" + now.getEpochSecond() + "_" + HexFormat.of().formatHex(suffix);
    }

    /** Returns the violation of the rule at {@code experiment_args.name}, or empty when the name is valid. */
    static Optional<Violation> checkExperimentName(String experiment) {
        if (experiment != null && EXPERIMENT_NAME.matcher(experiment).matches()) {
            return Optional.empty();
        }
        return Optional.of(Violation.error(LocalViolationIds.INVALID_EXPERIMENT_NAME, "experiment_args.name",
                "invalid experiment name '" + experiment
                        + "': use 1 to 256 letters, digits, '_' or '-', starting with a letter or digit"));
    }

    /**
     * Checks {@code experiment} against Azure Machine Learning's rule for experiment names.
     *
     * @throws ArgsValidationException if the name breaks the rule
     */
    static void requireValidExperimentName(String experiment) {
        checkExperimentName(experiment).ifPresent(violation -> {
            throw new ArgsValidationException(List.of(violation));
        });
    }
}
