package io.amlargs.runtime;

import io.amlargs.validation.Violation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Azure Machine Learning's rules for experiment and model names.
 *
 * <p>The job file loader applies them, so {@code validate} reports a bad name before anything runs,
 * and the local backend applies them again to arguments built in code. A name that follows them is
 * also a single, safe folder name, which the local store relies on for its run and model folders.
 */
public final class AzureMlNames {

    /** Id of the violation of an experiment name that breaks the rule. */
    public static final String INVALID_EXPERIMENT_NAME = "INVALID_EXPERIMENT_NAME";

    /** Id of the violation of a model name that breaks the rule. */
    public static final String INVALID_MODEL_NAME = "INVALID_MODEL_NAME";

    private static final String EXPERIMENT_NAME_PATH = "experiment_args.name";

    private static final String MODEL_NAME_PATH = "model_args.model_name";

    private static final Pattern EXPERIMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,255}");

    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    private AzureMlNames() {
    }

    /**
     * Checks {@code name} against the rule for experiment names: 1 to 256 letters, digits, {@code _}
     * or {@code -}, starting with a letter or digit.
     *
     * @return the violation at {@code experiment_args.name}, or empty when the name is valid
     */
    public static Optional<Violation> checkExperimentName(String name) {
        if (name != null && EXPERIMENT_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(Violation.error(INVALID_EXPERIMENT_NAME, EXPERIMENT_NAME_PATH, "invalid experiment name '"
                + name + "'; use 1 to 256 letters, digits, '_' or '-', starting with a letter or digit"));
    }

    /**
     * Checks {@code name} against the rule for model names: 1 to 255 letters, digits, {@code .},
     * {@code _} or {@code -}, starting with a letter or digit.
     *
     * @return the violation at {@code model_args.model_name}, or empty when the name is valid
     */
    public static Optional<Violation> checkModelName(String name) {
        if (name != null && MODEL_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(Violation.error(INVALID_MODEL_NAME, MODEL_NAME_PATH, "invalid model name '"
                + name + "'; use 1 to 255 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    }
}
