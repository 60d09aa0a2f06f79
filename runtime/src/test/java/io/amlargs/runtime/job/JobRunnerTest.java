package io.amlargs.runtime.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.amlargs.runtime.AmlArgsClient;
import io.amlargs.runtime.AmlArgsClientBuilder;
import io.amlargs.runtime.RunStatus;
import io.amlargs.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunnerTest {

    @TempDir
    Path folder;

    private Path workingDirectory;

    @BeforeEach
    void createSource() throws IOException {
        Files.createDirectories(folder.resolve("src"));
        Files.writeString(folder.resolve("src/train.py"), """
                import os
                os.makedirs("outputs", exist_ok=True)
                with open("outputs/model.txt", "w") as model:
                    model.write("weights\\n")
                """);
        Files.writeString(folder.resolve("src/fail.py"), "raise SystemExit(4)\n");
        Files.writeString(folder.resolve("src/sleep.py"), "import time\ntime.sleep(600)\n");
        workingDirectory = Files.createDirectories(folder.resolve("work"));
    }

    @Test
    void completedRunDownloadsAndRegisters() throws Exception {
        JobDefinition job = load("train.py", """
                is_download: true
                model_args:
                  model_name: tiny
                  model_path: outputs/model.txt
                """);

        JobOutcome outcome = new JobRunner(newClient()).run(job);

        assertThat(outcome.isCompleted()).isTrue();
        assertThat(outcome.record().exitCode()).isZero();
        assertThat(outcome.download().files()).hasSize(1);
        assertThat(outcome.download().files().get(0)).hasContent("weights");
        assertThat(outcome.model().name()).isEqualTo("tiny");
        assertThat(outcome.model().version()).isEqualTo(1);
    }

    @Test
    void failedRunSkipsDownloadAndModel() throws Exception {
        JobDefinition job = load("fail.py", "is_download: true\nmodel_args:\n  model_name: tiny\n");

        JobOutcome outcome = new JobRunner(newClient()).run(job);

        assertThat(outcome.isCompleted()).isFalse();
        assertThat(outcome.record().status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.record().exitCode()).isEqualTo(4);
        assertThat(outcome.download()).isNull();
        assertThat(outcome.model()).isNull();
        assertThat(workingDirectory.resolve("outputs")).doesNotExist();
    }

    @Test
    void missingModelArtifactFailsAfterCompletedRun() throws Exception {
        JobDefinition job = load("train.py", """
                is_download: true
                model_args:
                  model_name: tiny
                  model_path: outputs/absent.pkl
                """);

        JobStepException failure = catchThrowableOfType(JobStepException.class,
                () -> new JobRunner(newClient()).run(job));

        assertThat(failure.outcome().record().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(failure.outcome().download().files()).hasSize(1);
        assertThat(failure.violations()).extracting(Violation::id).containsExactly("MODEL_PATH_NOT_FOUND");
        assertThat(failure.getMessage()).contains("completed, but the registration of model 'tiny' failed")
                .contains("'outputs/absent.pkl'");
    }

    @Test
    void outputPathsCountMismatchFailsAfterCompletedRun() throws Exception {
        JobDefinition job = load("train.py", """
                is_download: true
                download_args:
                  output_paths: [first.txt, second.txt]
                model_args:
                  model_name: tiny
                  model_path: outputs/model.txt
                """);

        JobStepException failure = catchThrowableOfType(JobStepException.class,
                () -> new JobRunner(newClient()).run(job));

        assertThat(failure.outcome().record().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(failure.outcome().download()).isNull();
        assertThat(failure.violations()).extracting(Violation::id).containsExactly("OUTPUT_PATHS_COUNT");
        assertThat(failure.getMessage()).contains("2 paths given but prefix 'outputs' matches 1 artifact");
        assertThat(workingDirectory.resolve(".aml-args/models")).doesNotExist();
    }

    @Test
    void interruptCancelsRun() throws IOException {
        JobDefinition job = load("sleep.py", "");
        JobRunner runner = new JobRunner(newClient());

        // The flag is set before the wait starts, so the wait throws at once and nothing is timed.
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> runner.run(job)).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
        assertThat(runRecords()).singleElement().satisfies(record ->
                assertThat(Files.readString(record)).contains("\"Canceled\""));
    }

    private AmlArgsClient newClient() {
        return new AmlArgsClientBuilder().workingDirectory(workingDirectory).buildClient();
    }

    private JobDefinition load(String script, String extra) throws IOException {
        Path file = folder.resolve("job.yaml");
        Files.writeString(file, """
                experiment_args:
                  name: tiny
                config_args:
                  source_directory: src
                  script: %s
                """.formatted(script) + extra);
        return JobFileLoader.load(file).orThrow();
    }

    private List<Path> runRecords() throws IOException {
        try (Stream<Path> files = Files.walk(workingDirectory.resolve(".aml-args/runs"))) {
            return files.filter(path -> path.getFileName().toString().equals("run.json")).toList();
        }
    }
}
