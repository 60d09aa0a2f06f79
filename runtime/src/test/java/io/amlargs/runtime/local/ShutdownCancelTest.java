package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class ShutdownCancelTest {

    @TempDir
    Path workingDirectory;

    @Test
    void terminatedJvmCancelsRun() throws Exception {
        Path source = Files.createDirectories(workingDirectory.resolve("src"));
        Files.writeString(source.resolve("train.py"), """
                import os, subprocess, time
                child = subprocess.Popen(['sleep', '120'])
                print(os.getpid())
                print(child.pid)
                print('ready')
                time.sleep(120)
                """);
        LocalStore store = LocalStore.inWorkingDirectory(workingDirectory);
        Process jvm = startSubmittingJvm(store, source);
        BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = readUntilReady(output);
        ProcessHandle python = processOf(lines, 0);
        ProcessHandle sleep = processOf(lines, 1);
        String runId = lines.stream().filter(line -> line.startsWith("shutdown_")).findFirst().orElseThrow();

        // SIGTERM runs the JVM's shutdown hooks, as Ctrl-C does.
        jvm.destroy();

        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        RunLayout run = store.run(runId);
        RunRecord record = store.readRecord(run);
        assertThat(record.status()).isEqualTo(RunStatus.CANCELED);
        assertThat(record.error()).contains("the JVM is shutting down");
        assertThat(python.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(sleep.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(run.standardLog()).content().contains("ready");
    }

    private static Process startSubmittingJvm(LocalStore store, Path source) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SubmitRunMain.class.getName(), store.root().toString(), source.toString(), "train.py")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static List<String> readUntilReady(BufferedReader output) throws Exception {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            lines.add(line);
            if (line.equals("ready")) {
                return lines;
            }
        }
        throw new AssertionError("the submitting JVM ended before the run printed 'ready': " + lines);
    }

    private static ProcessHandle processOf(List<String> lines, int pidIndex) {
        List<String> pids = lines.stream().filter(line -> line.matches("[0-9]+")).toList();
        return ProcessHandle.of(Long.parseLong(pids.get(pidIndex))).orElseThrow();
    }
}
