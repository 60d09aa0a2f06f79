package io.amlargs.runtime.local;

import java.util.regex.Pattern;

/** Azure Machine Learning's rule for model names, which also keeps each name a safe folder name. */
final class ModelNames {

    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    private ModelNames() {
    }

    static void requireValidModelName(String modelName) {
        if (modelName == null || !MODEL_NAME.matcher(modelName).matches()) {
            throw new IllegalArgumentException("invalid model_args.model_name '" + modelName
                    + "': use 1 to 255 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }
}
