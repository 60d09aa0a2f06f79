package io.amlargs.samples.iris;

import static org.assertj.core.api.Assertions.assertThat;

import io.amlargs.runtime.AmlArgsClient;
import io.amlargs.runtime.AmlArgsClientBuilder;
import io.amlargs.runtime.RunStatus;
import io.amlargs.runtime.job.JobDefinition;
import io.amlargs.runtime.job.JobFileLoader;
import io.amlargs.runtime.job.JobOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrisSampleTest {

    // Maven runs the tests of this module in its own folder, beside the sample's files.
    private static final Path SAMPLE_DIRECTORY = Path.of("iris").toAbsolutePath();

    @TempDir
    Path workingDirectory;

    @Test
    void sampleRunsEndToEnd() throws InterruptedException, IOException {
        AmlArgsClient client = new AmlArgsClientBuilder().workingDirectory(workingDirectory).buildClient();

        JobOutcome outcome = IrisSample.run(client, SAMPLE_DIRECTORY);

        assertThat(outcome.record().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(outcome.record().exitCode()).isZero();

        Path outputs = workingDirectory.resolve("outputs/iris").resolve(outcome.record().id());
        assertThat(outcome.download().outputDirectory()).isEqualTo(outputs);
        assertThat(outputs.resolve("outputs/model.json")).isRegularFile();
        assertThat(Files.readString(outputs.resolve("outputs/metrics.json"))).contains("\"accuracy\"");

        assertThat(outcome.model().name()).isEqualTo("iris-classifier");
        assertThat(outcome.model().version()).isEqualTo(1);
        assertThat(outcome.model().runId()).isEqualTo(outcome.record().id());
        assertThat(SAMPLE_DIRECTORY.resolve("outputs")).doesNotExist();
        Path snapshot = workingDirectory.resolve(".aml-args/runs").resolve(outcome.record().id()).resolve("snapshot");
        assertThat(snapshot.resolve("train.py")).isRegularFile();
        assertThat(snapshot.resolve("job.yaml")).doesNotExist();
    }

    @Test
    void builtJobMatchesJobFile() {
        JobDefinition file = JobFileLoader.load(SAMPLE_DIRECTORY.resolve("job.yaml")).orThrow();

        assertThat(IrisSample.computeArgs()).isEqualTo(file.computeArgs());
        assertThat(IrisSample.environmentArgs()).isEqualTo(file.environmentArgs());
        assertThat(IrisSample.configArgs(SAMPLE_DIRECTORY)).isEqualTo(file.configArgs());
        assertThat(IrisSample.modelArgs()).isEqualTo(file.modelArgs());
        assertThat(file.experimentArgs().name()).isEqualTo("iris");
    }
}
