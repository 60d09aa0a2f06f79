package io.amlargs.runtime.backend;

import java.util.Objects;

/**
 * An experiment that runs are submitted to.
 *
 * @param name experiment name
 */
public record Experiment(String name) {

    public Experiment {
        Objects.requireNonNull(name, "name");
    }
}
