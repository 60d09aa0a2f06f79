package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.amlargs.args.AmlComputeClusterArgs;
import io.amlargs.args.CondaSpecificationEnvironmentArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.Run;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import io.amlargs.runtime.backend.Experiment;
import io.amlargs.runtime.backend.RunRequest;
import io.amlargs.runtime.backend.Workspace;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class LocalBackendTest {

    @TempDir
    Path workingDirectory;

    LocalBackend backend;
    Workspace workspace;
    Experiment experiment;
    Path source;

    @BeforeEach
    void createBackend() throws IOException {
        backend = LocalBackend.builder()
                .workingDirectory(workingDirectory)
                .stopGracePeriod(Duration.ofSeconds(5))
                .build();
        workspace = backend.connectWorkspace(null, ProgressListener.NONE);
        experiment = backend.getOrCreateExperiment(workspace, ExperimentArgs.builder().name("iris").build(),
                ProgressListener.NONE);
        source = Files.createDirectories(workingDirectory.resolve("src"));
    }

    @Test
    void failedRunKeepsExitCodeAndLogs() throws Exception {
        writeScript("import sys\nprint('about to fail')\nsys.exit(2)\n");

        Run run = submit(configArgs().build(), new RecordingListener(null, null));
        RunRecord record = run.waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.exitCode()).isEqualTo(2);
        assertThat(runDirectory(run).resolve("logs/std_log.txt")).hasContent("about to fail");
    }

    @Test
    void maxRunDurationStopsRun() throws Exception {
        writeScript("import time\nprint('started')\ntime.sleep(120)\n");

        Run run = submit(configArgs().maxRunDurationSeconds(1).build(), new RecordingListener(null, null));
        RunRecord record = run.waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.error()).startsWith("exceeded max_run_duration_seconds (1 s); see the log ")
                .endsWith(runDirectory(run).resolve("logs/std_log.txt").toString());
        assertThat(runDirectory(run).resolve("logs/std_log.txt")).hasContent("started");
    }

    @Test
    void cancelStopsChildProcess() throws Exception {
        writeScript("""
                import subprocess, time
                child = subprocess.Popen(['sleep', '120'])
                print(child.pid)
                print('ready')
                time.sleep(120)
                """);
        RecordingListener listener = new RecordingListener(null, "ready");
        Run run = submit(configArgs().build(), listener);
        assertThat(listener.awaitLine()).isTrue();
        ProcessHandle child = ProcessHandle.of(Long.parseLong(listener.lines.get(0))).orElseThrow();

        run.cancel();

        assertThat(run.status()).isEqualTo(RunStatus.CANCELED);
        assertThat(child.onExit().get().isAlive()).isFalse();
        assertThat(runDirectory(run).resolve("logs/std_log.txt")).content().contains("ready");
    }

    @Test
    void sourceEditsAfterSubmitDoNotReachRun() throws Exception {
        writeScript("import time\ntime.sleep(0.5)\nprint(open('data.txt').read())\n");
        Files.writeString(source.resolve("data.txt"), "as submitted");
        RecordingListener listener = new RecordingListener(null, null);

        Run run = submit(configArgs().build(), listener);
        Files.writeString(source.resolve("data.txt"), "edited later");
        run.waitForCompletion();

        assertThat(listener.lines).containsExactly("as submitted");
    }

    @Test
    void commandStringRunsThroughShell() throws Exception {
        ScriptRunConfigArgs configArgs = ScriptRunConfigArgs.fromMap(Map.of(
                "source_directory", source.toString(),
                "command", "echo \"$((1 + 2))\" > outputs/sum.txt && cat outputs/sum.txt"));
        RecordingListener listener = new RecordingListener(null, null);

        RunRecord record = submit(configArgs, listener).waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.lines).containsExactly("3");
    }

    @Test
    void downloadOptionsFollowDownloadArgs() throws Exception {
        writeScript("""
                import os
                os.makedirs('outputs/plots', exist_ok=True)
                for name in ['outputs/a.txt', 'outputs/b.txt', 'outputs/plots/c.txt']:
                    open(name, 'w').write(name)
                """);
        Run run = submit(configArgs().build(), new RecordingListener(null, null));
        run.waitForCompletion();
        RecordingListener listener = new RecordingListener(null, null);

        DownloadResult stripped = download(run, DownloadArgs.builder()
                .outputDirectory("stripped").appendPrefix(false).batchSize(2).build(), listener);
        DownloadResult renamed = download(run, DownloadArgs.builder()
                .prefix("outputs/plots").outputDirectory("renamed").outputPaths(List.of("plot.txt")).build(), listener);
        DownloadResult logs = download(run, DownloadArgs.builder().prefix("logs").build(), listener);

        assertThat(stripped.files()).containsExactly(workingDirectory.resolve("stripped/a.txt"),
                workingDirectory.resolve("stripped/b.txt"), workingDirectory.resolve("stripped/plots/c.txt"));
        assertThat(workingDirectory.resolve("renamed/plot.txt")).hasContent("outputs/plots/c.txt");
        assertThat(renamed.files()).hasSize(1);
        assertThat(logs.files()).containsExactly(
                workingDirectory.resolve("outputs/iris").resolve(run.id()).resolve("logs/std_log.txt"));
        assertThat(listener.downloads).extracting(progress -> progress.filesDone() + "/" + progress.totalFiles())
                .containsExactly("2/3", "3/3", "1/1", "1/1");
    }

    @Test
    void downloadOfUnknownRunFails() {
        assertThatThrownBy(() -> backend.download(workspace, "iris_1_00000000", DownloadArgs.builder().build(),
                ProgressListener.NONE))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("run 'iris_1_00000000' not found in the local store");
    }

    @Test
    void invalidComputeArgsRejected() {
        AmlComputeClusterArgs cluster = new AmlComputeClusterArgs("cpu", null, "dedicated", 5, 2, 1800, null, null,
                null, null, null, null, null, null, "NotSpecified", null, null, null, true, null, 20);

        ArgsValidationException exception = catchThrowableOfType(ArgsValidationException.class,
                () -> backend.getOrCreateCompute(workspace, cluster, ProgressListener.NONE));

        assertThat(exception.violations()).extracting(Violation::id, Violation::path)
                .containsExactly(tuple("MIN_NODES_LE_MAX_NODES", "compute_args.min_nodes"));
    }

    @Test
    void environmentRecordedNotBuilt() throws IOException {
        Path condaFile = Files.writeString(workingDirectory.resolve("conda.yaml"), "name: iris\n");
        CondaSpecificationEnvironmentArgs environmentArgs = CondaSpecificationEnvironmentArgs.builder()
                .name("iris-env").filePath(condaFile.toString()).build();

        var environment = backend.buildEnvironment(workspace, environmentArgs, ProgressListener.NONE);

        assertThat(environment.name()).isEqualTo("iris-env");
        assertThat(environment.environmentType()).isEqualTo("CondaSpecificationEnvironment");
        assertThat(environment.built()).isFalse();
        assertThat(backend.buildEnvironment(workspace, null, ProgressListener.NONE)).isNull();
    }

    @Test
    void invalidExperimentNameRejected() {
        ExperimentArgs experimentArgs = ExperimentArgs.builder().name("iris/../x").build();

        assertThatThrownBy(() -> backend.getOrCreateExperiment(workspace, experimentArgs, ProgressListener.NONE))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("[INVALID_EXPERIMENT_NAME] experiment_args.name");
    }

    private Run submit(ScriptRunConfigArgs configArgs, ProgressListener listener) {
        return backend.submit(workspace, RunRequest.builder(experiment, configArgs).build(), listener);
    }

    private DownloadResult download(Run run, DownloadArgs downloadArgs, ProgressListener listener) {
        return backend.download(workspace, run.id(), downloadArgs, listener);
    }

    private ScriptRunConfigArgs.Builder configArgs() {
        return ScriptRunConfigArgs.builder().sourceDirectory(source.toString()).script("train.py");
    }

    private Path runDirectory(Run run) {
        return backend.storeDirectory().resolve("runs").resolve(run.id());
    }

    private void writeScript(String content) throws IOException {
        Files.writeString(source.resolve("train.py"), content);
    }
}
