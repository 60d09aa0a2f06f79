package io.amlargs.runtime.benchmarks;

import io.amlargs.runtime.job.JobDefinition;
import io.amlargs.runtime.job.JobFileLoader;
import io.amlargs.validation.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Measures loading a job file like the iris sample: YAML parsing, every group's reader, path checks. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JobLoadBenchmark {

    private Path folder;
    private Path jobFile;

    @Setup(Level.Trial)
    public void writeJob() throws IOException {
        folder = Files.createTempDirectory("aml-args-bench-job");
        Files.writeString(folder.resolve("train.py"), "print('trained')\n");
        jobFile = folder.resolve("job.yaml");
        Files.writeString(jobFile, """
                experiment_args:
                  name: iris
                compute_type: AmlComputeCluster
                compute_args:
                  compute_name: cpu-cluster
                  vm_size: Standard_DS3_v2
                  max_nodes: 2
                environment_type: CondaPackageEnvironment
                environment_args:
                  name: iris-env
                  python_version: "3.11"
                config_args:
                  source_directory: .
                  script: train.py
                  arguments: [--data, data/iris.csv, --seed, 42]
                is_download: true
                download_args:
                  prefix: outputs
                model_args:
                  model_name: iris-classifier
                  model_path: outputs/model.json
                """);
    }

    @TearDown(Level.Trial)
    public void deleteJob() throws IOException {
        Files.deleteIfExists(jobFile);
        Files.deleteIfExists(folder.resolve("train.py"));
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public ReadResult<JobDefinition> loadIrisJob() {
        return JobFileLoader.load(jobFile);
    }
}
