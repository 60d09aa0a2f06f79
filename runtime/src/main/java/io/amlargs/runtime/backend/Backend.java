package io.amlargs.runtime.backend;

import io.amlargs.args.ComputeArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.EnvironmentArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ResourceConfigArgs;
import io.amlargs.args.WorkspaceArgs;
import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.Run;

/**
 * The place where the workflow's operations run, such as the local machine or an Azure Machine
 * Learning workspace. The operations follow the documented workflow: connect to the workspace, get or create
 * the experiment, compute and environment, submit the run, download its outputs and register a
 * model.
 *
 * <p>Every operation validates its arguments first and throws
 * {@link io.amlargs.validation.ArgsValidationException}, listing every violation, before it changes
 * anything. Each reports its progress to the given listener. A failure to read or write local files
 * is thrown as {@link java.io.UncheckedIOException}.
 */
public interface Backend {

    /** Returns the backend's name, such as {@code local}, which run records store. */
    String name();

    /**
     * Connects to the workspace of {@code workspaceArgs}.
     *
     * @param workspaceArgs the workspace, or null for a backend that works without one
     */
    Workspace connectWorkspace(WorkspaceArgs workspaceArgs, ProgressListener listener);

    /** Gets the experiment of {@code experimentArgs}, creating it when it does not exist. */
    Experiment getOrCreateExperiment(Workspace workspace, ExperimentArgs experimentArgs, ProgressListener listener);

    /**
     * Gets the compute of {@code computeArgs}, creating it when it does not exist.
     *
     * @param computeArgs the compute, or null to use the backend's default compute
     * @return the compute, or null when {@code computeArgs} is null
     */
    ComputeTarget getOrCreateCompute(Workspace workspace, ComputeArgs computeArgs, ProgressListener listener);

    /**
     * Builds the environment of {@code environmentArgs}.
     *
     * @param environmentArgs the environment, or null to use the backend's default environment
     * @return the environment, or null when {@code environmentArgs} is null
     */
    Environment buildEnvironment(Workspace workspace, EnvironmentArgs environmentArgs, ProgressListener listener);

    /** Submits a run and returns its handle without waiting for it to end. */
    Run submit(Workspace workspace, RunRequest request, ProgressListener listener);

    /** Downloads the artifacts of run {@code runId} that {@code downloadArgs} selects. */
    DownloadResult download(Workspace workspace, String runId, DownloadArgs downloadArgs, ProgressListener listener);

    /**
     * Registers a model from the artifacts of run {@code runId}.
     *
     * @param resourceConfigArgs resources for serving the model, or null
     * @param isSklearnModel whether the model is a scikit-learn model, which sets the framework to
     *     {@code ScikitLearn} and, unless given, the framework version to the installed scikit-learn
     */
    ModelVersion registerModel(Workspace workspace, String runId, ModelArgs modelArgs,
            ResourceConfigArgs resourceConfigArgs, boolean isSklearnModel, ProgressListener listener);
}
