package fixture.config;

import fixture.args.ClusterArgs;
import io.amlargs.validation.ArgsValidationException;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Converts a {@link TrainingCluster} into the {@code compute_args (Cluster)} args {@link ClusterArgs}. The aml-args processor checked its methods against the keys of the schema when it compiled.
 */
@Generated("io.amlargs.processor.ArgsProcessor")
public final class TrainingClusterArgs {
    private TrainingClusterArgs() {
    }

    /**
     * Returns the args that {@code config} describes, with defaults applied to unset keys.
     *
     * @throws ArgsValidationException if a required key is unset, or a value or rule is invalid; the message lists every violation
     */
    public static ClusterArgs toArgs(TrainingCluster config) {
        Objects.requireNonNull(config, "config");
        return ClusterArgs.builder()
                .computeName(config.computeName())
                .maxNodes(config.size())
                .build();
    }
}
