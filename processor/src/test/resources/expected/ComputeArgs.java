package fixture.args;

import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Selectors;
import io.amlargs.validation.Violation;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The compute to use.
 *
 * <p>The variants of {@code compute_args}, selected by {@code compute_type}.
 */
@Generated("io.amlargs.processor.ArgsProcessor")
public sealed interface ComputeArgs permits ClusterArgs, InstanceArgs {
    /**
     * The documented name of the argument dictionary.
     */
    String GROUP = "compute_args";

    /**
     * The workflow parameter that selects the variant.
     */
    String SELECTOR = "compute_type";

    /**
     * The selector values, one per variant, in schema order.
     */
    List<String> VARIANTS = List.of("Cluster", "Instance");

    /**
     * Returns the selector value of this variant.
     */
    String variant();

    /**
     * Returns the set keys by documented name, with secrets included.
     */
    Map<String, Object> toMap();

    /**
     * Returns {@link #toMap()} with every secret shown as {@code <redacted>}.
     */
    Map<String, Object> toRedactedMap();

    /**
     * Reads the variant that {@code variant} selects from {@code map}; an unknown or null variant is a violation that lists the variants.
     */
    static ReadResult<ComputeArgs> read(String variant, Map<String, ?> map, String path) {
        if (variant != null) {
            switch (variant) {
                case "Cluster":
                    return ReadResult.widen(ClusterArgs.read(map, path));
                case "Instance":
                    return ReadResult.widen(InstanceArgs.read(map, path));
                default:
                    break;
            }
        }
        return new ReadResult<>(null, List.of(Selectors.unknownVariant(path, SELECTOR, variant, VARIANTS)));
    }

    /**
     * Reads the arguments from {@code map}; see {@code read}.
     *
     * @throws ArgsValidationException if there is an error; the message lists every violation
     */
    static ComputeArgs fromMap(String variant, Map<String, ?> map) {
        return read(variant, map, GROUP).orThrow();
    }

    /**
     * Returns every error and warning of {@code args} with the validator of its record.
     */
    static List<Violation> validate(ComputeArgs args, String path) {
        if (args instanceof ClusterArgs member) {
            return ClusterArgsValidator.validate(member, path);
        }
        return InstanceArgsValidator.validate((InstanceArgs) args, path);
    }
}
