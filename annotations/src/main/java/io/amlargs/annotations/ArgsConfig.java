package io.amlargs.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface that describes one argument dictionary in the user's own terms. While the
 * interface compiles, the aml-args processor checks every abstract method against the keys that
 * the schema documents for the dictionary, so a key that leaves the docs page fails the build.
 * For a valid interface it generates the class {@code <Interface>Args} in the same package, whose
 * {@code toArgs(config)} builds the canonical record through its builder, with defaults and
 * validation.
 *
 * <pre>{@code
 * @ArgsConfig(group = "compute_args", variant = "AmlComputeCluster")
 * public interface TrainingCluster {
 *     String computeName();
 *
 *     @ArgKey("vm_size")
 *     String size();
 *
 *     int maxNodes();
 * }
 *
 * AmlComputeClusterArgs args = TrainingClusterArgs.toArgs(cluster);
 * }</pre>
 *
 * <p>An abstract method without parameters maps to the key that its {@link ArgKey} names. Without
 * {@code ArgKey}, it maps to the key whose generated Java name is the method name
 * ({@code vmSize()} to {@code vm_size}, {@code cloud()} to {@code _cloud}), else to the key that
 * is the method name in snake_case. Its return type must be assignable to the key's Java type;
 * {@code int} serves for {@code Integer}. Default methods are ignored, so an interface may compute
 * values from others.
 *
 * <p>The processor option {@code -Aamlargs.schema=/absolute/path.json} overrides {@link #schema()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
public @interface ArgsConfig {

    /** The package of the canonical args that the runtime module generates. */
    String DEFAULT_ARGS_PACKAGE = "io.amlargs.args";

    /** The documented name of the argument dictionary, such as {@code compute_args}. */
    String group();

    /**
     * The documented selector value of the variant, such as {@code AmlComputeCluster}: required
     * when the dictionary has variants, empty otherwise.
     */
    String variant() default "";

    /**
     * The package whose {@code package-info} carries {@link GenerateArgs}, where the canonical
     * record of the dictionary is.
     */
    String argsPackage() default DEFAULT_ARGS_PACKAGE;

    /** Classpath resource name of the schema; the one that generated {@link #argsPackage()}. */
    String schema() default GenerateArgs.DEFAULT_SCHEMA;
}
