package io.amlargs.runtime.benchmarks;

import io.amlargs.args.AmlComputeClusterArgs;
import io.amlargs.args.ComputeArgs;
import io.amlargs.validation.ReadResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Measures how long the generated reader takes to type and validate one compute_args map. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ArgsReadBenchmark {

    private final Map<String, Object> validCluster = validCluster();
    private final Map<String, Object> invalidCluster = invalidCluster();

    @Benchmark
    public ReadResult<?> readValidCluster() {
        return ComputeArgs.read("AmlComputeCluster", validCluster, "compute_args");
    }

    /** Reads a map with an unknown key (a suggestion is computed), a wrong type and a broken rule. */
    @Benchmark
    public ReadResult<?> readInvalidCluster() {
        return ComputeArgs.read("AmlComputeCluster", invalidCluster, "compute_args");
    }

    @Benchmark
    public Map<String, Object> roundTripCluster() {
        return AmlComputeClusterArgs.fromMap(validCluster).toMap();
    }

    private static Map<String, Object> validCluster() {
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("compute_name", "cpu-cluster");
        cluster.put("vm_size", "Standard_DS3_v2");
        cluster.put("min_nodes", 0);
        cluster.put("max_nodes", 4);
        cluster.put("admin_username", "azureuser");
        cluster.put("admin_user_ssh_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample");
        cluster.put("identity_type", "UserAssigned");
        cluster.put("identity_id", List.of("/subscriptions/0000/resourceGroups/rg/providers/id"));
        cluster.put("tags", Map.of("team", "vision", "cost-center", "42"));
        return cluster;
    }

    private static Map<String, Object> invalidCluster() {
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("compute_name", "cpu-cluster");
        cluster.put("vm_sizee", "Standard_DS3_v2");
        cluster.put("idle_seconds_before_scaledown", "ten minutes");
        cluster.put("min_nodes", 5);
        cluster.put("max_nodes", 2);
        return cluster;
    }
}
