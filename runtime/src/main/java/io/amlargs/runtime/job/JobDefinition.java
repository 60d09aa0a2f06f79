package io.amlargs.runtime.job;

import io.amlargs.args.ComputeArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.EnvironmentArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ResourceConfigArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.args.WorkspaceArgs;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The workflow parameters of one job, typed and validated: get the workspace, get or create the
 * experiment, compute and environment, submit the script run, download its outputs and register
 * a model.
 *
 * <p>{@link JobFileLoader} resolves every local path against the job file's folder, so the paths of
 * a loaded job are absolute. A job built with {@link #builder()} keeps its paths as given, and
 * relative ones resolve against the current directory. Defaults where a key is absent:
 * {@code is_download} false, {@code show_output} true, {@code is_sklearn_model} false and
 * {@code is_dwc_connection_required} false. The last differs from the original Python library,
 * which required a DWC connection file unless the flag was set to false.
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
 * @param jobFile the absolute path of the job file the job was loaded from, which the run's snapshot
 *     leaves out because it may hold secrets, or null for a job built in code
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
        boolean isDwcConnectionRequired,
        Path jobFile) {

    /**
     * Creates a job after checking the rules between parameters, and the names and artifact paths
     * that a backend would otherwise check only after the run has started.
     *
     * @throws ArgsValidationException if {@code is_sklearn_model} is true with another
     *     {@code model_framework}, if {@code is_dwc_connection_required} is true without
     *     {@code config_file_path}, if the experiment or model name breaks Azure ML's naming rule, or
     *     if {@code model_path} or an {@code output_paths} entry is empty, absolute, contains
     *     {@code ..} or repeats another entry, listing every violation
     */
    public JobDefinition {
        Objects.requireNonNull(experimentArgs, "experiment_args");
        Objects.requireNonNull(configArgs, "config_args");
        requireMatchingVariant(JobKeys.COMPUTE_TYPE, computeType, computeArgs == null ? null : computeArgs.variant());
        requireMatchingVariant(JobKeys.ENVIRONMENT_TYPE, environmentType,
                environmentArgs == null ? null : environmentArgs.variant());
        if (isDownload && downloadArgs == null) {
            throw new IllegalArgumentException("download_args must not be null when is_download is true");
        }
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));

        String modelFramework = modelArgs == null ? null : modelArgs.modelFramework();
        List<Violation> violations = new ArrayList<>(
                JobRules.check(isSklearnModel, modelFramework, isDwcConnectionRequired, configFilePath != null));
        violations.addAll(NameAndPathRules.check(experimentArgs.name(), modelArgs, downloadArgs));
        if (!violations.isEmpty()) {
            throw new ArgsValidationException(violations);
        }
    }

    /** Returns whether the job names a workspace, so it needs the Azure backend to run in it. */
    public boolean hasWorkspace() {
        return workspaceArgs != null;
    }

    /** Returns a builder with every parameter unset, so the defaults apply. */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireMatchingVariant(String selectorKey, String selector, String variant) {
        if (!Objects.equals(selector, variant)) {
            throw new IllegalArgumentException(selectorKey + " '" + selector
                    + "' does not match the variant of its arguments '" + variant + "'");
        }
    }

    /** Builder of a {@link JobDefinition}; the compute and environment set their type too. */
    public static final class Builder {

        private WorkspaceArgs workspaceArgs;
        private ExperimentArgs experimentArgs;
        private ComputeArgs computeArgs;
        private EnvironmentArgs environmentArgs;
        private ScriptRunConfigArgs configArgs;
        private boolean isDownload;
        private DownloadArgs downloadArgs;
        private boolean showOutput = true;
        private Map<String, String> tags = Map.of();
        private ModelArgs modelArgs;
        private ResourceConfigArgs resourceConfigArgs;
        private boolean isSklearnModel;
        private Path configFilePath;
        private boolean isDwcConnectionRequired;

        private Builder() {
        }

        public Builder workspaceArgs(WorkspaceArgs workspaceArgs) {
            this.workspaceArgs = workspaceArgs;
            return this;
        }

        public Builder experimentArgs(ExperimentArgs experimentArgs) {
            this.experimentArgs = experimentArgs;
            return this;
        }

        /** Sets {@code compute_args}, and {@code compute_type} to its variant. */
        public Builder computeArgs(ComputeArgs computeArgs) {
            this.computeArgs = computeArgs;
            return this;
        }

        /** Sets {@code environment_args}, and {@code environment_type} to its variant. */
        public Builder environmentArgs(EnvironmentArgs environmentArgs) {
            this.environmentArgs = environmentArgs;
            return this;
        }

        public Builder configArgs(ScriptRunConfigArgs configArgs) {
            this.configArgs = configArgs;
            return this;
        }

        /**
         * Sets {@code is_download} and {@code download_args}; null arguments download with the
         * defaults of {@code download_args}.
         */
        public Builder download(DownloadArgs downloadArgs) {
            this.isDownload = true;
            this.downloadArgs = downloadArgs == null ? DownloadArgs.builder().build() : downloadArgs;
            return this;
        }

        public Builder showOutput(boolean showOutput) {
            this.showOutput = showOutput;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder modelArgs(ModelArgs modelArgs) {
            this.modelArgs = modelArgs;
            return this;
        }

        public Builder resourceConfigArgs(ResourceConfigArgs resourceConfigArgs) {
            this.resourceConfigArgs = resourceConfigArgs;
            return this;
        }

        public Builder isSklearnModel(boolean isSklearnModel) {
            this.isSklearnModel = isSklearnModel;
            return this;
        }

        public Builder configFilePath(Path configFilePath) {
            this.configFilePath = configFilePath;
            return this;
        }

        public Builder isDwcConnectionRequired(boolean isDwcConnectionRequired) {
            this.isDwcConnectionRequired = isDwcConnectionRequired;
            return this;
        }

        /**
         * Builds the job.
         *
         * @throws NullPointerException if {@code experiment_args} or {@code config_args} is not set
         */
        public JobDefinition build() {
            return new JobDefinition(workspaceArgs, experimentArgs,
                    computeArgs == null ? null : computeArgs.variant(), computeArgs,
                    environmentArgs == null ? null : environmentArgs.variant(), environmentArgs,
                    configArgs, isDownload, downloadArgs, showOutput, tags, modelArgs, resourceConfigArgs,
                    isSklearnModel, configFilePath, isDwcConnectionRequired, null);
        }
    }
}
