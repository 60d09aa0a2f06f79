package io.amlargs.runtime.job;

import java.util.List;

/** Top-level keys of a job file: the workflow parameters, named as documented. */
public final class JobKeys {

    public static final String WORKSPACE_ARGS = "workspace_args";
    public static final String EXPERIMENT_ARGS = "experiment_args";
    public static final String COMPUTE_TYPE = "compute_type";
    public static final String COMPUTE_ARGS = "compute_args";
    public static final String ENVIRONMENT_TYPE = "environment_type";
    public static final String ENVIRONMENT_ARGS = "environment_args";
    public static final String CONFIG_ARGS = "config_args";
    public static final String IS_DOWNLOAD = "is_download";
    public static final String DOWNLOAD_ARGS = "download_args";
    public static final String SHOW_OUTPUT = "show_output";
    public static final String TAGS = "tags";
    public static final String MODEL_ARGS = "model_args";
    public static final String RESOURCE_CONFIG_ARGS = "resource_config_args";
    public static final String IS_SKLEARN_MODEL = "is_sklearn_model";
    public static final String CONFIG_FILE_PATH = "config_file_path";
    public static final String IS_DWC_CONNECTION_REQUIRED = "is_dwc_connection_required";

    /** Every top-level key, in the order of the workflow. */
    public static final List<String> ALL = List.of(
            WORKSPACE_ARGS, EXPERIMENT_ARGS, COMPUTE_TYPE, COMPUTE_ARGS, ENVIRONMENT_TYPE, ENVIRONMENT_ARGS,
            CONFIG_ARGS, IS_DOWNLOAD, DOWNLOAD_ARGS, SHOW_OUTPUT, TAGS, MODEL_ARGS, RESOURCE_CONFIG_ARGS,
            IS_SKLEARN_MODEL, CONFIG_FILE_PATH, IS_DWC_CONNECTION_REQUIRED);

    private JobKeys() {
    }
}
