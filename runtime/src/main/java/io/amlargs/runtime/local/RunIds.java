package io.amlargs.runtime.local;

import io.amlargs.runtime.AzureMlNames;
import io.amlargs.validation.ArgsValidationException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Run ids of the form {@code <experiment>_<epoch seconds>_<8 hex digits>}, as Azure Machine Learning
 * forms them.
 *
 * <p>Ids of one experiment sort by start second. The random suffix makes ids of the same second
 * distinct, and {@link LocalStore#createRun} retries in the rare case that one is already taken.
 */
final class RunIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    static String newRunId(String experiment, Instant now) {
        requireValidExperimentName(experiment);

        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return experiment + "_" + now.getEpochSecond() + "_" + HexFormat.of().formatHex(suffix);
    }

    /**
     * Checks {@code experiment} against Azure Machine Learning's rule for experiment names, which
     * also keeps the run id a single, safe folder name.
     *
     * @throws ArgsValidationException if the name breaks the rule
     */
    static void requireValidExperimentName(String experiment) {
        AzureMlNames.checkExperimentName(experiment).ifPresent(violation -> {
            throw new ArgsValidationException(List.of(violation));
        });
    }
}
