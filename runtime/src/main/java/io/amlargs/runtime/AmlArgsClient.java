package io.amlargs.runtime;

import io.amlargs.args.ComputeArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.EnvironmentArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ResourceConfigArgs;
import io.amlargs.args.WorkspaceArgs;
import io.amlargs.runtime.backend.Backend;
import io.amlargs.runtime.backend.ComputeTarget;
import io.amlargs.runtime.backend.Environment;
import io.amlargs.runtime.backend.Experiment;
import io.amlargs.runtime.backend.RunRequest;
import io.amlargs.runtime.backend.Workspace;

/**
 * Runs the documented workflow with typed arguments: workspace, experiment, compute, environment,
 * submit, download and model registration. Build one with {@link AmlArgsClientBuilder}.
 *
 * <pre>{@code
 * Experiment experiment = client.experiment(ExperimentArgs.builder().name("iris").build());
 * Run run = client.submit(RunRequest.builder(experiment, configArgs).build());
 * RunRecord record = run.waitForCompletion();
 * client.download(run.id(), DownloadArgs.builder().build());
 * }</pre>
 *
 * <p>The client connects to the workspace once: on the first call of {@link #workspace}, or with no
 * workspace on the first operation that needs one. Every method validates its arguments first and
 * throws {@link io.amlargs.validation.ArgsValidationException}, listing every violation, before it
 * changes anything. Methods are safe to call from several threads.
 */
public final class AmlArgsClient {

    private final Backend backend;
    private final boolean backendChosen;
    private final ProgressListener listener;
    private Workspace workspace;

    AmlArgsClient(Backend backend, boolean backendChosen, ProgressListener listener) {
        this.backend = backend;
        this.backendChosen = backendChosen;
        this.listener = listener;
    }

    /** Returns the name of the backend, such as {@code local}. */
    public String backendName() {
        return backend.name();
    }

    /**
     * Connects to the workspace of {@code workspaceArgs}, or works without one when it is null.
     *
     * @throws IllegalStateException if the client is already connected, or if {@code workspaceArgs}
     *     is set but the client uses the default local backend
     */
    public synchronized Workspace workspace(WorkspaceArgs workspaceArgs) {
        if (workspace != null) {
            throw new IllegalStateException("the client is already connected to workspace '" + workspace.name()
                    + "': build another client for another workspace");
        }
        if (workspaceArgs != null && !backendChosen) {
            throw new IllegalStateException("workspace_args names workspace '" + workspaceArgs.workspaceName()
                    + "', but this client has no backend that connects to Azure: pass one to"
                    + " AmlArgsClientBuilder.backend(...), or pass LocalBackend.builder().build() to run locally anyway");
        }
        workspace = backend.connectWorkspace(workspaceArgs, listener);
        return workspace;
    }

    /** Gets the experiment of {@code experimentArgs}, creating it when it does not exist. */
    public Experiment experiment(ExperimentArgs experimentArgs) {
        return backend.getOrCreateExperiment(connectedWorkspace(), experimentArgs, listener);
    }

    /**
     * Gets the compute of {@code computeArgs}, creating it when it does not exist.
     *
     * @return the compute, or null when {@code computeArgs} is null
     */
    public ComputeTarget compute(ComputeArgs computeArgs) {
        return backend.getOrCreateCompute(connectedWorkspace(), computeArgs, listener);
    }

    /**
     * Builds the environment of {@code environmentArgs}.
     *
     * @return the environment, or null when {@code environmentArgs} is null
     */
    public Environment environment(EnvironmentArgs environmentArgs) {
        return backend.buildEnvironment(connectedWorkspace(), environmentArgs, listener);
    }

    /** Submits a run and returns its handle without waiting for it to end. */
    public Run submit(RunRequest request) {
        return backend.submit(connectedWorkspace(), request, listener);
    }

    /** Downloads the artifacts of run {@code runId} that {@code downloadArgs} selects. */
    public DownloadResult download(String runId, DownloadArgs downloadArgs) {
        return backend.download(connectedWorkspace(), runId, downloadArgs, listener);
    }

    /**
     * Registers a model from the artifacts of run {@code runId}.
     *
     * @param resourceConfigArgs resources for serving the model, or null
     */
    public ModelVersion registerModel(String runId, ModelArgs modelArgs, ResourceConfigArgs resourceConfigArgs,
            boolean isSklearnModel) {
        return backend.registerModel(connectedWorkspace(), runId, modelArgs, resourceConfigArgs, isSklearnModel, listener);
    }

    private synchronized Workspace connectedWorkspace() {
        if (workspace == null) {
            workspace = backend.connectWorkspace(null, listener);
        }
        return workspace;
    }
}
