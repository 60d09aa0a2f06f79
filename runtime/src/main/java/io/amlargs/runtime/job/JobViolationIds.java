package io.amlargs.runtime.job;

import io.amlargs.runtime.WorkflowViolationIds;

/**
 * Ids of the checks that only a whole job file can make. Checks inside one argument dictionary
 * use the ids of {@link io.amlargs.validation.ViolationIds} and the schema's rule ids.
 */
public final class JobViolationIds {

    /** The job file does not exist or cannot be read. */
    public static final String FILE_NOT_FOUND = "FILE_NOT_FOUND";

    /** The job file's name ends in neither {@code .yaml}, {@code .yml} nor {@code .json}. */
    public static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";

    /** The job file is not valid YAML or JSON, or its top level is not a mapping. */
    public static final String INVALID_SYNTAX = "INVALID_SYNTAX";

    /** A selector such as {@code compute_type} without its dictionary, or the reverse. */
    public static final String SELECTOR_MISMATCH = "SELECTOR_MISMATCH";

    /** A local file or folder that a key names does not exist. */
    public static final String PATH_NOT_FOUND = WorkflowViolationIds.PATH_NOT_FOUND;

    /** {@code config_args.script} is not a file inside {@code config_args.source_directory}. */
    public static final String SCRIPT_NOT_FOUND = WorkflowViolationIds.SCRIPT_NOT_FOUND;

    /** {@code is_sklearn_model} is true but {@code model_args.model_framework} names another framework. */
    public static final String SKLEARN_FRAMEWORK_CONFLICT = WorkflowViolationIds.SKLEARN_FRAMEWORK_CONFLICT;

    /** {@code is_dwc_connection_required} is true but {@code config_file_path} is not set. */
    public static final String DWC_CONNECTION_NEEDS_CONFIG = "DWC_CONNECTION_NEEDS_CONFIG";

    /** A key that is valid but has no effect in this job, reported as a warning. */
    public static final String IGNORED_KEY = "IGNORED_KEY";

    private JobViolationIds() {
    }
}
