package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class ConcurrentRegistrationTest {

    private static final int REGISTRATIONS_PER_WORKER = 20;

    @TempDir
    Path workingDirectory;

    LocalStore store;
    RunLayout run;

    @BeforeEach
    void createRunWithModel() throws IOException {
        store = LocalStore.inWorkingDirectory(workingDirectory);
        run = store.createRun("iris", Instant.now());
        store.writeRecord(run, new RunRecord(run.runId(), "iris", RunStatus.COMPLETED, 0, null, null, null,
                Map.of(), null, Map.of(), Map.of(), Map.of(), "local"));
        Files.writeString(run.outputs().resolve("model.pkl"), "pickle");
    }

    @Test
    void twoProcessesGetDistinctVersions() throws Exception {
        Path startFile = workingDirectory.resolve("start");
        Process first = startRegisteringJvm(startFile);
        Process second = startRegisteringJvm(startFile);
        BufferedReader firstOutput = reader(first);
        BufferedReader secondOutput = reader(second);
        assertThat(firstOutput.readLine()).isEqualTo("ready");
        assertThat(secondOutput.readLine()).isEqualTo("ready");

        Files.createFile(startFile);
        List<Integer> versions = new ArrayList<>(readVersions(firstOutput));
        versions.addAll(readVersions(secondOutput));

        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(second.exitValue()).isZero();
        assertConsecutiveVersions(versions, 2 * REGISTRATIONS_PER_WORKER);
    }

    @Test
    void threadsGetDistinctVersions() throws Exception {
        ModelRegistry registry = new ModelRegistry(store);
        Callable<List<Integer>> worker = () -> {
            List<Integer> versions = new ArrayList<>();
            for (int i = 0; i < REGISTRATIONS_PER_WORKER; i++) {
                versions.add(registry.register(run, store.readRecord(run),
                        ModelRegistration.of("iris-classifier", "outputs/model.pkl")).version());
            }
            return versions;
        };

        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Integer> versions = new ArrayList<>();
        try {
            for (Future<List<Integer>> result : executor.invokeAll(List.of(worker, worker, worker, worker))) {
                versions.addAll(result.get());
            }
        } finally {
            executor.shutdownNow();
        }

        assertConsecutiveVersions(versions, 4 * REGISTRATIONS_PER_WORKER);
    }

    private void assertConsecutiveVersions(List<Integer> versions, int expectedCount) throws IOException {
        List<Integer> expected = IntStream.rangeClosed(1, expectedCount).boxed().toList();
        assertThat(versions).containsExactlyInAnyOrderElementsOf(expected);

        ModelRegistry registry = new ModelRegistry(store);
        for (int version : expected) {
            ModelVersion model = registry.read("iris-classifier", version);
            assertThat(model.version()).isEqualTo(version);
            assertThat(model.files()).containsExactly("files/model.pkl");
        }
    }

    private Process startRegisteringJvm(Path startFile) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                RegisterModelMain.class.getName(), store.root().toString(), run.runId(), "iris-classifier",
                Integer.toString(REGISTRATIONS_PER_WORKER), startFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<Integer> readVersions(BufferedReader output) throws IOException {
        List<Integer> versions = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            versions.add(Integer.parseInt(line.strip()));
        }
        return versions;
    }
}
