package io.amlargs.runtime.local;

import io.amlargs.runtime.WorkflowViolationIds;

/**
 * Ids of the checks that the local backend adds to those of the argument dictionaries. Ids that the
 * job-file checks also report come from {@link WorkflowViolationIds}, so one problem has one id. The ids of
 * the naming and artifact path rules are in {@link io.amlargs.runtime.AzureMlNames} and
 * {@link io.amlargs.runtime.ArtifactPaths}.
 */
final class LocalViolationIds {

    /** A {@code model_path} that names no artifact of the run. */
    static final String MODEL_PATH_NOT_FOUND = "MODEL_PATH_NOT_FOUND";

    /** {@code output_paths} whose number differs from the number of matched artifacts. */
    static final String OUTPUT_PATHS_COUNT = "OUTPUT_PATHS_COUNT";

    /** A local file or folder that a key names does not exist. */
    static final String PATH_NOT_FOUND = WorkflowViolationIds.PATH_NOT_FOUND;

    /** {@code config_args.script} is not a file inside {@code config_args.source_directory}. */
    static final String SCRIPT_NOT_FOUND = WorkflowViolationIds.SCRIPT_NOT_FOUND;

    /** {@code is_sklearn_model} is true but {@code model_args.model_framework} names another framework. */
    static final String SKLEARN_FRAMEWORK_CONFLICT = WorkflowViolationIds.SKLEARN_FRAMEWORK_CONFLICT;

    private LocalViolationIds() {
    }
}
