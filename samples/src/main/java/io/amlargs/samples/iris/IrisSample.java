package io.amlargs.samples.iris;

import io.amlargs.args.AmlComputeClusterArgs;
import io.amlargs.args.CondaPackageEnvironmentArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.runtime.AmlArgsClient;
import io.amlargs.runtime.AmlArgsClientBuilder;
import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.Run;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import io.amlargs.runtime.backend.ComputeTarget;
import io.amlargs.runtime.backend.Environment;
import io.amlargs.runtime.backend.Experiment;
import io.amlargs.runtime.backend.RunRequest;
import io.amlargs.runtime.job.JobOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the job of {@code samples/iris/job.yaml}, built in Java with the generated builders instead
 * of read from the file, through {@link AmlArgsClient} on the local backend.
 *
 * <p>Run it from the repository root, or pass the folder of the iris sample as the first argument:
 * the store goes to {@code .aml-args} and the downloaded outputs to {@code outputs/iris/<run id>}
 * under the current directory.
 */
public final class IrisSample {

    private static final Logger LOG = LoggerFactory.getLogger(IrisSample.class);

    private IrisSample() {
    }

    /**
     * Runs the sample from the folder in {@code args[0]}, default {@code samples/iris}, and prints the
     * script's output and the run's status changes.
     */
    public static void main(String[] args) throws InterruptedException {
        Path sampleDirectory = Path.of(args.length > 0 ? args[0] : "samples/iris");
        AmlArgsClient client = new AmlArgsClientBuilder().progressListener(new ConsolePrinter()).buildClient();

        JobOutcome outcome = run(client, sampleDirectory);
        LOG.info("Run {} ended as {}", outcome.record().id(), outcome.record().status());
        if (outcome.model() != null) {
            LOG.info("Registered {} version {}", outcome.model().name(), outcome.model().version());
        }
    }

    /**
     * Runs the iris job through {@code client}: experiment, compute, environment, script run, then
     * the download of its outputs and the registration of the model when the run completes.
     *
     * @param sampleDirectory the folder that contains {@code train.py} and {@code data/iris.csv}
     * @throws InterruptedException if the thread is interrupted while the run goes, which cancels it
     */
    public static JobOutcome run(AmlArgsClient client, Path sampleDirectory) throws InterruptedException {
        Experiment experiment = client.experiment(ExperimentArgs.builder().name("iris").build());
        ComputeTarget compute = client.compute(computeArgs());
        Environment environment = client.environment(environmentArgs());

        RunRequest request = RunRequest.builder(experiment, configArgs(sampleDirectory))
                .compute(compute)
                .environment(environment)
                .tags(Map.of("sample", "iris", "model", "softmax-regression"))
                .showOutput(true)
                // The job file sits in the source folder and may hold secrets, so the snapshot leaves it out.
                .excludedFiles(Set.of(sampleDirectory.resolve("job.yaml")))
                .build();
        Run run = client.submit(request);
        RunRecord record = awaitEnd(run);
        if (record.status() != RunStatus.COMPLETED) {
            return new JobOutcome(record, null, null);
        }

        DownloadResult download = client.download(run.id(), DownloadArgs.builder().prefix("outputs").build());
        ModelVersion model = client.registerModel(run.id(), modelArgs(), null, false);
        return new JobOutcome(record, download, model);
    }

    static AmlComputeClusterArgs computeArgs() {
        // vm_priority is left out: its default, dedicated, is what the job file sets.
        ClusterConfig cluster = new IrisCluster("cpu-cluster", "Standard_DS3_v2", 0, 2, 1200, Map.of("sample", "iris"));
        return ClusterConfigArgs.toArgs(cluster);
    }

    static CondaPackageEnvironmentArgs environmentArgs() {
        return CondaPackageEnvironmentArgs.builder()
                .name("iris-env")
                .pythonVersion("3.11")
                .pinSdkVersion(false)
                .build();
    }

    static ScriptRunConfigArgs configArgs(Path sampleDirectory) {
        return ScriptRunConfigArgs.builder()
                .sourceDirectory(sampleDirectory.toAbsolutePath().toString())
                .script("train.py")
                .arguments(List.of("--data", "data/iris.csv", "--test-fraction", "0.3", "--seed", "42"))
                .maxRunDurationSeconds(600)
                .build();
    }

    static ModelArgs modelArgs() {
        return ModelArgs.builder()
                .modelName("iris-classifier")
                .modelPath("outputs/model.json")
                .description("Softmax regression classifier of iris species.")
                .tags(Map.of("data", "iris.csv"))
                .build();
    }

    private static RunRecord awaitEnd(Run run) throws InterruptedException {
        try {
            return run.waitForCompletion();
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        }
    }

    /** Prints the script's output lines and the run's status changes, as a sample may. */
    private static final class ConsolePrinter implements ProgressListener {

        @Override
        public void onStatusChanged(String runId, RunStatus status) {
            System.out.println("Run " + runId + ": " + status);
        }

        @Override
        public void onOutputLine(String runId, String line) {
            System.out.println(line);
        }
    }
}
