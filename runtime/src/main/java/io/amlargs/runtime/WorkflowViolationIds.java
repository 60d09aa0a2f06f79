package io.amlargs.runtime;

/**
 * Ids of the checks that both the job-file loader and a backend make, so one problem has one id
 * whichever of them finds it.
 */
public final class WorkflowViolationIds {

    /** A local file or folder that a key names does not exist. */
    public static final String PATH_NOT_FOUND = "PATH_NOT_FOUND";

    /** {@code config_args.script} is not a file inside {@code config_args.source_directory}. */
    public static final String SCRIPT_NOT_FOUND = "SCRIPT_NOT_FOUND";

    /** {@code is_sklearn_model} is true but {@code model_args.model_framework} names another framework. */
    public static final String SKLEARN_FRAMEWORK_CONFLICT = "SKLEARN_FRAMEWORK_CONFLICT";

    private WorkflowViolationIds() {
    }
}
