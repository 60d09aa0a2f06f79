package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class LocalRunTest {

    private static final Duration GRACE_PERIOD = Duration.ofSeconds(5);

    private static final Duration ONE_HOUR = Duration.ofHours(1);

    @TempDir
    Path temporary;

    LocalStore store;
    Path source;

    @BeforeEach
    void createStoreAndSource() throws IOException {
        store = new LocalStore(temporary.resolve("work/.aml-args"));
        source = Files.createDirectories(temporary.resolve("work/src"));
    }

    @Test
    void completedRunKeepsOutputLogsAndArtifacts() throws Exception {
        writeScript("train.py", """
                import os, sys
                print(repr(sys.argv[1:]))
                print('to stderr', file=sys.stderr)
                os.makedirs('outputs', exist_ok=True)
                with open('outputs/result.txt', 'w') as f:
                    f.write('trained')
                """);
        List<String> arguments = List.of("--name", "two words", "it's \"quoted\"", "", "0.3");
        RecordingListener listener = listener(null);

        LocalRun run = submit(scriptSpec("train.py", arguments, ONE_HOUR), listener);
        RunRecord record = run.waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(record.exitCode()).isZero();
        assertThat(record.error()).isNull();
        assertThat(record.backend()).isEqualTo("local");
        assertThat(listener.lines).containsExactly("['--name', 'two words', 'it\\'s \"quoted\"', '', '0.3']", "to stderr");
        assertThat(run.layout().standardLog()).hasContent(String.join("\n", listener.lines));
        assertThat(run.layout().outputs().resolve("result.txt")).hasContent("trained");
        assertThat(run.layout().snapshot().resolve("train.py")).exists();
    }

    @Test
    void recordFollowsEveryStatus() throws Exception {
        writeScript("train.py", "print('hello')\n");
        RecordingListener listener = listener(null);

        RunRecord record = submit(scriptSpec("train.py", List.of(), ONE_HOUR), listener).waitForCompletion();

        List<RunStatus> expected = List.of(RunStatus.NOT_STARTED, RunStatus.STARTING, RunStatus.RUNNING, RunStatus.COMPLETED);
        assertThat(listener.statuses).containsExactlyElementsOf(expected);
        assertThat(listener.storedStatuses).containsExactlyElementsOf(expected);
        assertThat(record.startTime()).isNotNull();
        assertThat(record.endTime()).isAfterOrEqualTo(record.startTime());
        assertThat(record.durationSeconds()).isGreaterThanOrEqualTo(0.0);
        assertThat(store.readRecord(store.run(record.id()))).isEqualTo(record);
    }

    @Test
    void failedRunKeepsExitCodeAndLogs() throws Exception {
        writeScript("train.py", """
                import os, sys
                os.makedirs('outputs', exist_ok=True)
                open('outputs/partial.txt', 'w').close()
                print('before the failure')
                sys.exit(3)
                """);

        LocalRun run = submit(scriptSpec("train.py", List.of(), ONE_HOUR), listener(null));
        RunRecord record = run.waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.exitCode()).isEqualTo(3);
        assertThat(record.error()).isEqualTo("'python3' exited with code 3; see the log " + run.layout().standardLog());
        assertThat(run.layout().standardLog()).isAbsolute();
        assertThat(run.layout().standardLog()).hasContent("before the failure");
        assertThat(run.layout().outputs().resolve("partial.txt")).exists();
    }

    @Test
    void runLongerThanMaxDurationFails() throws Exception {
        writeScript("train.py", """
                import time
                print('started')
                time.sleep(120)
                """);

        LocalRun run = submit(scriptSpec("train.py", List.of(), Duration.ofSeconds(1)), listener(null));
        RunRecord record = run.waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.error()).isEqualTo("exceeded max_run_duration_seconds (1 s); see the log "
                + run.layout().standardLog());
        assertThat(record.exitCode()).isNotZero();
        assertThat(run.layout().standardLog()).hasContent("started");
    }

    @Test
    void cancelStopsProcessTreeAndKeepsLogs() throws Exception {
        writeScript("train.py", """
                import os, subprocess, time
                child = subprocess.Popen(['sleep', '120'])
                os.makedirs('outputs', exist_ok=True)
                open('outputs/checkpoint.txt', 'w').close()
                print(os.getpid())
                print(child.pid)
                print('ready')
                time.sleep(120)
                """);
        RecordingListener listener = listener("ready");
        LocalRun run = submit(scriptSpec("train.py", List.of(), ONE_HOUR), listener);
        assertThat(listener.awaitLine()).isTrue();
        ProcessHandle python = ProcessHandle.of(Long.parseLong(listener.lines.get(0))).orElseThrow();
        ProcessHandle sleep = ProcessHandle.of(Long.parseLong(listener.lines.get(1))).orElseThrow();

        run.cancel();

        RunRecord record = run.record();
        assertThat(record.status()).isEqualTo(RunStatus.CANCELED);
        assertThat(record.error()).isEqualTo("canceled on request");
        assertThat(store.readRecord(run.layout()).status()).isEqualTo(RunStatus.CANCELED);
        assertThat(python.onExit().get().isAlive()).isFalse();
        assertThat(sleep.onExit().get().isAlive()).isFalse();
        assertThat(run.layout().standardLog()).content().contains("ready");
        assertThat(run.layout().outputs().resolve("checkpoint.txt")).exists();
    }

    @Test
    void cancelAfterEndChangesNothing() throws Exception {
        writeScript("train.py", "print('done')\n");
        LocalRun run = submit(scriptSpec("train.py", List.of(), ONE_HOUR), listener(null));
        RunRecord completed = run.waitForCompletion();

        run.cancel();

        assertThat(run.record()).isEqualTo(completed);
        assertThat(store.readRecord(run.layout()).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void sourceEditsAfterSubmitDoNotReachRun() throws Exception {
        writeScript("train.py", """
                import time
                time.sleep(0.5)
                print(open('data.txt').read())
                """);
        Files.writeString(source.resolve("data.txt"), "original");
        RecordingListener listener = listener(null);

        LocalRun run = submit(scriptSpec("train.py", List.of(), ONE_HOUR), listener);
        Files.writeString(source.resolve("data.txt"), "edited");
        Files.writeString(source.resolve("train.py"), "print('edited script')\n");
        run.waitForCompletion();

        assertThat(listener.lines).containsExactly("original");
    }

    @Test
    void commandRunsWithoutShell() throws Exception {
        RunCommand command = RunCommand.command(
                List.of("python3", "-c", "import sys; print(sys.argv[1:])", "a b", "$HOME", "x;y", "*"));
        RecordingListener listener = listener(null);

        RunRecord record = submit(RunSpec.of("iris", source, command, ONE_HOUR), listener).waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.lines).containsExactly("['a b', '$HOME', 'x;y', '*']");
    }

    @Test
    void configFileAndVariablesReachRun() throws Exception {
        writeScript("train.py", """
                import os
                print(open('config.json').read())
                print(os.environ['AML_ARGS_TEST'])
                """);
        Path configFile = Files.writeString(temporary.resolve("dwc.json"), "{\"server\": \"db\"}");
        RunSpec spec = new RunSpec("iris", source, RunCommand.script("python3", "train.py", List.of()), ONE_HOUR,
                configFile, Map.of(), Map.of(), Map.of(), Map.of(), Map.of("AML_ARGS_TEST", "from the spec"), Set.of());
        RecordingListener listener = listener(null);

        RunRecord record = submit(spec, listener).waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(listener.lines).containsExactly("{\"server\": \"db\"}", "from the spec");
        assertThat(source.resolve("config.json")).doesNotExist();
    }

    @Test
    void missingProgramFailsRun() throws Exception {
        RunCommand command = RunCommand.command(List.of("aml-args-no-such-program"));

        LocalRun run = submit(RunSpec.of("iris", source, command, ONE_HOUR), listener(null));
        RunRecord record = run.waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.exitCode()).isNull();
        assertThat(record.startTime()).isNull();
        assertThat(record.error()).startsWith("cannot start 'aml-args-no-such-program'");
        assertThat(run.layout().standardLog()).content().startsWith("cannot start 'aml-args-no-such-program'");
    }

    @Test
    void missingSourceFailsRun() throws Exception {
        Path missing = temporary.resolve("missing");
        RunSpec spec = RunSpec.of("iris", missing, RunCommand.script("python3", "train.py", List.of()), ONE_HOUR);

        RunRecord record = submit(spec, listener(null)).waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.error()).contains("config_args.source_directory '" + missing + "' is not a directory");
    }

    @Test
    void failingListenerDoesNotStopRun() throws Exception {
        writeScript("train.py", "print('one')\nprint('two')\n");
        ProgressListener failing = new ProgressListener() {
            @Override
            public void onOutputLine(String runId, String line) {
                throw new IllegalStateException("listener failure");
            }
        };

        LocalRun run = submit(scriptSpec("train.py", List.of(), ONE_HOUR), failing);
        RunRecord record = run.waitForCompletion();

        assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.layout().standardLog()).hasContent("one\ntwo");
    }

    private LocalRun submit(RunSpec spec, ProgressListener listener) {
        return LocalRun.submit(store, spec, listener, GRACE_PERIOD);
    }

    private RunSpec scriptSpec(String script, List<String> arguments, Duration maxRunDuration) {
        return RunSpec.of("iris", source, RunCommand.script("python3", script, arguments), maxRunDuration);
    }

    private RecordingListener listener(String awaitedLine) {
        return new RecordingListener(store.runsDirectory(), awaitedLine);
    }

    private void writeScript(String name, String content) throws IOException {
        Files.writeString(source.resolve(name), content);
    }
}
