package io.amlargs.runtime.local;

import io.amlargs.args.AmlComputeClusterArgs;
import io.amlargs.args.AmlComputeInstanceArgs;
import io.amlargs.args.ComputeArgs;
import io.amlargs.args.CondaPackageEnvironmentArgs;
import io.amlargs.args.CondaSpecificationEnvironmentArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.DownloadArgsValidator;
import io.amlargs.args.EnvironmentArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ExperimentArgsValidator;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ResourceConfigArgs;
import io.amlargs.args.WorkspaceArgs;
import io.amlargs.args.WorkspaceArgsValidator;
import io.amlargs.runtime.ArtifactPaths;
import io.amlargs.runtime.AzureMlNames;
import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.Run;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import io.amlargs.runtime.backend.Backend;
import io.amlargs.runtime.backend.ComputeTarget;
import io.amlargs.runtime.backend.Environment;
import io.amlargs.runtime.backend.Experiment;
import io.amlargs.runtime.backend.RunRequest;
import io.amlargs.runtime.backend.Workspace;
import io.amlargs.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the workflow on this machine, with a store of runs and models in a local folder.
 *
 * <p>The compute and environment arguments are validated and recorded with each run, but nothing is
 * provisioned or built: scripts run with the local Python interpreter ({@code python3} unless set
 * otherwise) and the packages installed for it. A workspace is likewise recorded but never contacted.
 * The store layout is described in {@link RunLayout}. {@code config_args} keys that need Azure
 * ({@code run_config}, {@code distributed_job_config}, {@code resume_from},
 * {@code docker_runtime_config}) are ignored with a warning.
 */
public final class LocalBackend implements Backend {

    /** The backend name that run records store. */
    public static final String NAME = RunRecords.BACKEND;

    private static final Logger LOG = LoggerFactory.getLogger(LocalBackend.class);

    private static final Duration SKLEARN_PROBE_TIMEOUT = Duration.ofSeconds(60);

    private final Path workingDirectory;
    private final LocalStore store;
    private final String pythonExecutable;
    private final Map<String, String> environmentVariables;
    private final Duration stopGracePeriod;

    LocalBackend(LocalBackendBuilder builder) {
        this.workingDirectory = builder.workingDirectory();
        this.store = new LocalStore(builder.storeDirectory());
        this.pythonExecutable = builder.pythonExecutable();
        this.environmentVariables = builder.environmentVariables();
        this.stopGracePeriod = builder.stopGracePeriod();
    }

    /** Returns a builder whose defaults use the current directory and {@code python3}. */
    public static LocalBackendBuilder builder() {
        return new LocalBackendBuilder();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns the folder of the store, {@code .aml-args} of the working directory unless set otherwise. */
    public Path storeDirectory() {
        return store.root();
    }

    @Override
    public Workspace connectWorkspace(WorkspaceArgs workspaceArgs, ProgressListener listener) {
        if (workspaceArgs == null) {
            return new Workspace(NAME, null, null, NAME);
        }

        ArgsChecks.requireNoErrors(WorkspaceArgsValidator.validate(workspaceArgs, WorkspaceArgs.GROUP));
        String message = "The local backend does not connect to workspace '" + workspaceArgs.workspaceName()
                + "': runs stay on this machine, in " + store.root();
        LOG.info(message);
        GuardedListener.of(listener).onMessage(message);
        return new Workspace(workspaceArgs.workspaceName(), workspaceArgs.subscriptionId(),
                workspaceArgs.resourceGroup(), NAME);
    }

    @Override
    public Experiment getOrCreateExperiment(Workspace workspace, ExperimentArgs experimentArgs,
            ProgressListener listener) {
        List<Violation> violations = new ArrayList<>(ExperimentArgsValidator.validate(experimentArgs, ExperimentArgs.GROUP));
        AzureMlNames.checkExperimentName(experimentArgs.name()).ifPresent(violations::add);
        ArgsChecks.requireNoErrors(violations);

        if (experimentArgs.kwargs() != null && !experimentArgs.kwargs().isEmpty()) {
            LOG.info("experiment_args.kwargs {} are not used by the local backend", experimentArgs.kwargs().keySet());
        }
        return new Experiment(experimentArgs.name());
    }

    @Override
    public ComputeTarget getOrCreateCompute(Workspace workspace, ComputeArgs computeArgs, ProgressListener listener) {
        if (computeArgs == null) {
            return null;
        }

        ArgsChecks.requireNoErrors(ComputeArgs.validate(computeArgs, ComputeArgs.GROUP));
        String computeName = computeArgs instanceof AmlComputeClusterArgs cluster
                ? cluster.computeName()
                : ((AmlComputeInstanceArgs) computeArgs).computeName();
        LOG.debug("Recorded compute {} of type {} without provisioning it", computeName, computeArgs.variant());
        return new ComputeTarget(computeName, computeArgs.variant(), false, computeArgs.toRedactedMap());
    }

    @Override
    public Environment buildEnvironment(Workspace workspace, EnvironmentArgs environmentArgs, ProgressListener listener) {
        if (environmentArgs == null) {
            return null;
        }

        ArgsChecks.requireNoErrors(EnvironmentArgs.validate(environmentArgs, EnvironmentArgs.GROUP));
        String environmentName = environmentArgs instanceof CondaPackageEnvironmentArgs packages
                ? packages.name()
                : ((CondaSpecificationEnvironmentArgs) environmentArgs).name();
        LOG.debug("Recorded environment {} of type {} without building it", environmentName, environmentArgs.variant());
        return new Environment(environmentName, environmentArgs.variant(), false, environmentArgs.toRedactedMap());
    }

    @Override
    public Run submit(Workspace workspace, RunRequest request, ProgressListener listener) {
        RunSpec spec = LocalRunRequests.toRunSpec(request, workingDirectory, pythonExecutable, environmentVariables);
        ProgressListener runListener = request.showOutput() ? listener : new OutputHidingListener(listener);

        LocalRun run = LocalRun.submit(store, spec, runListener, stopGracePeriod);
        String message = LocalRunNotes.describe(run.id(), spec.command(), request.compute(), request.environment());
        LOG.info(message);
        GuardedListener.of(listener).onMessage(message);
        return run;
    }

    @Override
    public DownloadResult download(Workspace workspace, String runId, DownloadArgs downloadArgs,
            ProgressListener listener) {
        List<Violation> violations = new ArrayList<>(DownloadArgsValidator.validate(downloadArgs, DownloadArgs.GROUP));
        if (downloadArgs.outputPaths() != null) {
            violations.addAll(ArtifactPaths.checkOutputPaths(downloadArgs.outputPaths()));
        }
        ArgsChecks.requireNoErrors(violations);
        DownloadRequest request = new DownloadRequest(
                downloadArgs.prefix() == null ? DownloadRequest.DEFAULT_PREFIX : downloadArgs.prefix(),
                downloadArgs.outputDirectory(),
                downloadArgs.outputPaths(),
                downloadArgs.batchSize() == null ? DownloadRequest.DEFAULT_BATCH_SIZE : downloadArgs.batchSize(),
                downloadArgs.appendPrefix() == null || downloadArgs.appendPrefix());

        try {
            RunLayout layout = store.run(runId);
            RunRecord record = store.readRecord(layout);
            return ArtifactDownloader.download(layout, record.experiment(), request, workingDirectory, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("downloading the artifacts of run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public ModelVersion registerModel(Workspace workspace, String runId, ModelArgs modelArgs,
            ResourceConfigArgs resourceConfigArgs, boolean isSklearnModel, ProgressListener listener) {
        SklearnVersionProbe probe = new SklearnVersionProbe(pythonExecutable, environmentVariables, SKLEARN_PROBE_TIMEOUT);
        ModelRegistration registration = LocalModelRequests.toRegistration(
                modelArgs, resourceConfigArgs, isSklearnModel, probe::version);

        try {
            RunLayout layout = store.run(runId);
            RunRecord record = store.readRecord(layout);
            if (record.status() != RunStatus.COMPLETED) {
                LOG.warn("Registering model {} from run {}, whose status is {}", modelArgs.modelName(), runId, record.status());
            }

            ModelVersion model = new ModelRegistry(store).register(layout, record, registration);
            GuardedListener.of(listener).onMessage("Registered model " + model.name() + " version " + model.version());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("registering model " + modelArgs.modelName() + " from run " + runId
                    + " failed: " + e.getMessage(), e);
        }
    }
}
