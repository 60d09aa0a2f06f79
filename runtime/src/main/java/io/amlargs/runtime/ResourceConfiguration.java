package io.amlargs.runtime;

/**
 * Resources that serving a registered model needs, from {@code resource_config_args}.
 *
 * @param cpu CPU cores, may be fractional, or null
 * @param memoryInGb memory in GB, may be fractional, or null
 * @param gpu number of GPUs, or null
 */
public record ResourceConfiguration(Double cpu, Double memoryInGb, Integer gpu) {
}
