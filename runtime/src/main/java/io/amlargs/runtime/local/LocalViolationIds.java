package io.amlargs.runtime.local;

/**
 * Ids of the checks that the local backend adds to those of the argument dictionaries. Ids that the
 * job-file checks also report keep the same text, so one problem has one id everywhere.
 */
final class LocalViolationIds {

    /** An experiment name that Azure Machine Learning would reject, and that cannot name a run folder. */
    static final String INVALID_EXPERIMENT_NAME = "INVALID_EXPERIMENT_NAME";

    /** A model name that Azure Machine Learning would reject, and that cannot name a model folder. */
    static final String INVALID_MODEL_NAME = "INVALID_MODEL_NAME";

    /** A {@code model_path} that is empty, absolute or contains {@code ..}. */
    static final String INVALID_MODEL_PATH = "INVALID_MODEL_PATH";

    /** A {@code model_path} that names no artifact of the run. */
    static final String MODEL_PATH_NOT_FOUND = "MODEL_PATH_NOT_FOUND";

    /** {@code output_paths} whose number differs from the number of matched artifacts. */
    static final String OUTPUT_PATHS_COUNT = "OUTPUT_PATHS_COUNT";

    /** An entry of {@code output_paths} that is empty, absolute or leads outside the output directory. */
    static final String INVALID_OUTPUT_PATH = "INVALID_OUTPUT_PATH";

    /** Two entries of {@code output_paths} that name the same file. */
    static final String DUPLICATE_OUTPUT_PATH = "DUPLICATE_OUTPUT_PATH";

    /** A local file or folder that a key names does not exist. */
    static final String PATH_NOT_FOUND = "PATH_NOT_FOUND";

    /** {@code config_args.script} is not a file inside {@code config_args.source_directory}. */
    static final String SCRIPT_NOT_FOUND = "SCRIPT_NOT_FOUND";

    /** {@code is_sklearn_model} is true but {@code model_args.model_framework} names another framework. */
    static final String SKLEARN_FRAMEWORK_CONFLICT = "SKLEARN_FRAMEWORK_CONFLICT";

    private LocalViolationIds() {
    }
}
