package io.amlargs.samples.iris;

import io.amlargs.annotations.ArgKey;
import io.amlargs.annotations.ArgsConfig;
import java.util.Map;

/**
 * The compute cluster of the iris sample, in the sample's own words. The aml-args processor checks
 * every method against {@code compute_args} for {@code AmlComputeCluster} while this file compiles,
 * and generates {@code ClusterConfigArgs.toArgs} to turn an implementation into canonical args.
 */
@ArgsConfig(group = "compute_args", variant = "AmlComputeCluster")
interface ClusterConfig {

    String computeName();

    @ArgKey("vm_size")
    String size();

    int minNodes();

    int maxNodes();

    @ArgKey("idle_seconds_before_scaledown")
    int idleSeconds();

    Map<String, String> tags();
}
