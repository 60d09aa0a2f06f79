package io.amlargs.runtime.job;

import io.amlargs.args.ComputeArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.EnvironmentArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ResourceConfigArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.args.WorkspaceArgs;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The workflow parameters of one job, typed and validated: get the workspace, get or create the
 * experiment, compute and environment, submit the script run, download its outputs and register
 * a model.
 *
 * <p>{@link JobFileLoader} resolves every local path against the job file's folder, so the paths
 * here are absolute. Defaults where a key is absent: {@code is_download} false,
 * {@code show_output} true, {@code is_sklearn_model} false and {@code is_dwc_connection_required}
 * false. The last differs from the original Python library, which required a DWC connection file
 * unless the flag was set to false.
 *
 * @param workspaceArgs the workspace to run in, or null to run on the local backend
 * @param experimentArgs the experiment the run belongs to
 * @param computeType the documented compute type, such as {@code AmlComputeCluster}, or null
 * @param computeArgs the compute of that type, or null when {@code computeType} is null
 * @param environmentType the documented environment type, such as
 *     {@code CondaPackageEnvironment}, or null
 * @param environmentArgs the environment of that type, or null when {@code environmentType} is null
 * @param configArgs the script run: source folder, script or command, and arguments
 * @param isDownload whether the run's outputs are downloaded after it ends
 * @param downloadArgs how outputs are downloaded; never null when {@code isDownload} is true
 * @param showOutput whether the run's output is streamed while it runs
 * @param tags tags of the run, in file order
 * @param modelArgs the model to register from the run's outputs, or null to register none
 * @param resourceConfigArgs resources for serving the model, or null
 * @param isSklearnModel whether the model is a scikit-learn model
 * @param configFilePath the DWC connection file that is copied into the run's snapshot as
 *     {@code config.json}, or null
 * @param isDwcConnectionRequired whether the run needs that file
 */
public record JobDefinition(
        WorkspaceArgs workspaceArgs,
        ExperimentArgs experimentArgs,
        String computeType,
        ComputeArgs computeArgs,
        String environmentType,
        EnvironmentArgs environmentArgs,
        ScriptRunConfigArgs configArgs,
        boolean isDownload,
        DownloadArgs downloadArgs,
        boolean showOutput,
        Map<String, String> tags,
        ModelArgs modelArgs,
        ResourceConfigArgs resourceConfigArgs,
        boolean isSklearnModel,
        Path configFilePath,
        boolean isDwcConnectionRequired) {

    public JobDefinition {
        Objects.requireNonNull(experimentArgs, "experiment_args");
        Objects.requireNonNull(configArgs, "config_args");
        requireTogether(JobKeys.COMPUTE_TYPE, computeType, JobKeys.COMPUTE_ARGS, computeArgs);
        requireTogether(JobKeys.ENVIRONMENT_TYPE, environmentType, JobKeys.ENVIRONMENT_ARGS, environmentArgs);
        if (isDownload && downloadArgs == null) {
            throw new IllegalArgumentException("download_args must not be null when is_download is true");
        }
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Returns whether the job names a workspace, so it needs the Azure backend to run in it. */
    public boolean hasWorkspace() {
        return workspaceArgs != null;
    }

    private static void requireTogether(String selectorKey, String selector, String argsKey, Object args) {
        if ((selector == null) != (args == null)) {
            throw new IllegalArgumentException(selectorKey + " and " + argsKey
                    + " must be both set or both null, got " + selectorKey + " '" + selector + "'");
        }
    }
}
