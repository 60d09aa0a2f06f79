package io.amlargs.runtime.job;

import io.amlargs.runtime.AmlArgsClient;
import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.Run;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import io.amlargs.runtime.backend.ComputeTarget;
import io.amlargs.runtime.backend.Environment;
import io.amlargs.runtime.backend.Experiment;
import io.amlargs.runtime.backend.RunRequest;
import io.amlargs.validation.ArgsValidationException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole workflow of a {@link JobDefinition} through an {@link AmlArgsClient}: workspace,
 * experiment, compute, environment, submit, wait, then download and model registration.
 *
 * <pre>{@code
 * JobDefinition job = JobFileLoader.load(Path.of("job.yaml")).orThrow();
 * JobOutcome outcome = new JobRunner(new AmlArgsClientBuilder().buildClient()).run(job);
 * }</pre>
 *
 * <p>Outputs are downloaded and the model registered only when the run completes, as the original
 * library did: it stopped at the first failed run. The job file is left out of the run's snapshot
 * when it lies inside {@code source_directory}, so secrets written in it are not copied.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final AmlArgsClient client;

    /** Creates a runner that submits through {@code client}, which must not be connected yet. */
    public JobRunner(AmlArgsClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Runs {@code job} and waits until its run ends.
     *
     * @throws InterruptedException if the thread is interrupted while the run goes. The run is
     *     canceled first, so its record has the status Canceled.
     * @throws ArgsValidationException if the backend rejects an argument before the run starts
     * @throws JobStepException if the run completed but the download of its outputs or the
     *     registration of its model failed, for example because {@code model_path} names none of
     *     the run's artifacts
     */
    public JobOutcome run(JobDefinition job) throws InterruptedException {
        Run run = submit(job);
        RunRecord record = awaitEnd(run);
        if (record.status() != RunStatus.COMPLETED) {
            LOG.info("Run {} ended as {}, so nothing is downloaded or registered", run.id(), record.status());
            return new JobOutcome(record, null, null);
        }

        DownloadResult download = null;
        if (job.isDownload()) {
            download = afterRun("the download of its outputs", new JobOutcome(record, null, null),
                    () -> client.download(run.id(), job.downloadArgs()));
        }
        ModelVersion model = null;
        if (job.modelArgs() != null) {
            model = afterRun("the registration of model '" + job.modelArgs().modelName() + "'",
                    new JobOutcome(record, download, null), () -> client.registerModel(
                            run.id(), job.modelArgs(), job.resourceConfigArgs(), job.isSklearnModel()));
        }
        return new JobOutcome(record, download, model);
    }

    // Only the artifacts can fail these steps now: the job's own values were checked before the run.
    private static <T> T afterRun(String step, JobOutcome done, Supplier<T> action) {
        try {
            return action.get();
        } catch (ArgsValidationException | UncheckedIOException e) {
            throw new JobStepException(step, done, e);
        }
    }

    private Run submit(JobDefinition job) {
        client.workspace(job.workspaceArgs());
        Experiment experiment = client.experiment(job.experimentArgs());
        ComputeTarget compute = client.compute(job.computeArgs());
        Environment environment = client.environment(job.environmentArgs());

        RunRequest request = RunRequest.builder(experiment, job.configArgs())
                .compute(compute)
                .environment(environment)
                .tags(job.tags())
                .showOutput(job.showOutput())
                .configFilePath(job.configFilePath())
                .excludedFiles(job.jobFile() == null ? Set.of() : Set.of(job.jobFile()))
                .build();
        return client.submit(request);
    }

    private static RunRecord awaitEnd(Run run) throws InterruptedException {
        try {
            return run.waitForCompletion();
        } catch (InterruptedException e) {
            LOG.info("Interrupted while waiting for run {}, so it is canceled", run.id());
            run.cancel();
            throw e;
        }
    }
}
