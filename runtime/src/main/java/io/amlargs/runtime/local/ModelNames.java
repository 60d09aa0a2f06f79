package io.amlargs.runtime.local;

import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Azure Machine Learning's rule for model names, which also keeps each name a safe folder name. */
final class ModelNames {

    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    private ModelNames() {
    }

    /** Returns the violation of the rule at {@code model_args.model_name}, or empty when the name is valid. */
    static Optional<Violation> check(String modelName) {
        if (modelName != null && MODEL_NAME.matcher(modelName).matches()) {
            return Optional.empty();
        }
        return Optional.of(Violation.error(LocalViolationIds.INVALID_MODEL_NAME, "model_args.model_name",
                "invalid model name '" + modelName
                        + "': use 1 to 255 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    }

    /**
     * Checks {@code modelName} against the rule.
     *
     * @throws ArgsValidationException if the name breaks the rule
     */
    static void requireValidModelName(String modelName) {
        check(modelName).ifPresent(violation -> {
            throw new ArgsValidationException(List.of(violation));
        });
    }
}
