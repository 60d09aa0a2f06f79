package io.amlargs.samples.iris;

import java.util.Map;

/** The cluster that the iris sample trains on. */
record IrisCluster(String computeName, String size, int minNodes, int maxNodes, int idleSeconds,
        Map<String, String> tags) implements ClusterConfig {
}
