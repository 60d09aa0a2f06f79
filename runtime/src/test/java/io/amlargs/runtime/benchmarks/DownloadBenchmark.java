package io.amlargs.runtime.benchmarks;

import io.amlargs.args.DownloadArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.runtime.AmlArgsClient;
import io.amlargs.runtime.AmlArgsClientBuilder;
import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.Run;
import io.amlargs.runtime.RunStatus;
import io.amlargs.runtime.backend.Experiment;
import io.amlargs.runtime.backend.RunRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Measures downloading the artifacts of a finished local run: 1,000 files of 4 KiB each. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DownloadBenchmark {

    private static final String WRITE_FILES = """
            import os
            os.makedirs('outputs/shards', exist_ok=True)
            for i in range(1000):
                with open(f'outputs/shards/part-{i:04d}.bin', 'wb') as f:
                    f.write(os.urandom(4096))
            """;

    @Param({"100", "1000"})
    public int batchSize;

    private Path workingDirectory;
    private AmlArgsClient client;
    private String runId;
    private final AtomicInteger downloads = new AtomicInteger();

    @Setup(Level.Trial)
    public void runTraining() throws IOException, InterruptedException {
        workingDirectory = Files.createTempDirectory("aml-args-bench-download");
        Path source = Files.createDirectories(workingDirectory.resolve("src"));
        Files.writeString(source.resolve("write_files.py"), WRITE_FILES);
        client = new AmlArgsClientBuilder().workingDirectory(workingDirectory).buildClient();

        Experiment experiment = client.experiment(ExperimentArgs.builder().name("bench").build());
        ScriptRunConfigArgs configArgs = ScriptRunConfigArgs.builder()
                .sourceDirectory(source.toString())
                .script("write_files.py")
                .build();
        Run run = client.submit(RunRequest.builder(experiment, configArgs).showOutput(false).build());
        if (run.waitForCompletion().status() != RunStatus.COMPLETED) {
            throw new IllegalStateException("benchmark run " + run.id() + " did not complete");
        }
        runId = run.id();
    }

    @TearDown(Level.Trial)
    public void deleteWorkingDirectory() throws IOException {
        try (Stream<Path> paths = Files.walk(workingDirectory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public DownloadResult downloadThousandFiles() {
        String target = workingDirectory.resolve("downloads/" + downloads.incrementAndGet()).toString();
        DownloadResult result = client.download(runId, DownloadArgs.builder()
                .outputDirectory(target)
                .batchSize(batchSize)
                .build());
        if (result.files().size() != 1000) {
            throw new IllegalStateException("expected 1000 files, got " + result.files().size());
        }
        return result;
    }
}
