package fixture.args;

import io.amlargs.validation.ArgsCollections;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.MapReader;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Violation;
import io.amlargs.validation.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Names the experiment.
 *
 * <p>The keys of {@code experiment_args}, generated from {@code $defs/experiment_args} of the aml-args schema. Build one with {@link #builder()}, or read a map with {@link #read(Map, String)}.
 *
 * @param name {@code name} (required): The experiment name.
 * @param kwargs {@code kwargs}: Passed on unchanged.
 * @param internalCloud {@code _cloud}: Reserved. Default: {@code "AzureCloud"}. Documented as internal use only.
 * @param cloud {@code cloud}: The docs page states the default {@code None}.
 */
@Generated("io.amlargs.processor.ArgsProcessor")
public record ExperimentArgs(String name, Map<String, Object> kwargs, String internalCloud,
        String cloud) {
    /**
     * The documented name of the argument dictionary.
     */
    public static final String GROUP = "experiment_args";

    /**
     * The documented keys, in schema order.
     */
    public static final List<String> KEYS = List.of("name", "kwargs", "_cloud", "cloud");

    private static final String OWNER = "experiment_args";

    private static final Set<String> SECRET_KEYS = Set.of();

    public ExperimentArgs {
        Objects.requireNonNull(name, "name is required by experiment_args");
        kwargs = ArgsCollections.copyOf(kwargs);
    }

    /**
     * Returns an empty builder.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from these values.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Reads the arguments from {@code map}, keyed by documented name, and applies defaults. The result lists every unknown key, wrong type, missing key, invalid value, broken rule and warning, each at its path below {@code path}. A key whose value cannot be read is reported once: it gets no default, is not reported as missing, and the rules that name it are skipped.
     */
    public static ReadResult<ExperimentArgs> read(Map<String, ?> map, String path) {
        MapReader reader = MapReader.open(map, path, OWNER, KEYS, SECRET_KEYS);
        Builder builder = new Builder();
        builder.name = reader.string("name");
        builder.kwargs = reader.objectMap("kwargs");
        builder.internalCloud = reader.string("_cloud");
        builder.cloud = reader.string("cloud");
        return builder.finish(path, reader.violations(), reader.unreadableKeys());
    }

    /**
     * Reads the arguments from {@code map}; see {@link #read(Map, String)}.
     *
     * @throws ArgsValidationException if there is an error; the message lists every violation
     */
    public static ExperimentArgs fromMap(Map<String, ?> map) {
        return read(map, "experiment_args").orThrow();
    }

    /**
     * Returns the set keys by documented name, in schema order, with nested objects as maps and secrets included; {@code fromMap(toMap())} equals this record.
     */
    public Map<String, Object> toMap() {
        return entries(false);
    }

    /**
     * Returns {@link #toMap()} with every secret, nested ones too, replaced by {@code <redacted>}.
     */
    public Map<String, Object> toRedactedMap() {
        return entries(true);
    }

    private Map<String, Object> entries(boolean redact) {
        Map<String, Object> entries = new LinkedHashMap<>();
        if (name != null) {
            entries.put("name", name);
        }
        if (kwargs != null) {
            entries.put("kwargs", kwargs);
        }
        if (internalCloud != null) {
            entries.put("_cloud", internalCloud);
        }
        if (cloud != null) {
            entries.put("cloud", cloud);
        }
        return Collections.unmodifiableMap(entries);
    }

    /**
     * Returns the set keys by documented name, with secrets shown as {@code <redacted>}.
     */
    @Override
    public String toString() {
        return "ExperimentArgs" + toRedactedMap();
    }

    /**
     * Builds {@link ExperimentArgs}; setters accept null to unset a key.
     */
    public static final class Builder {
        String name;

        Map<String, Object> kwargs;

        String internalCloud;

        String cloud;

        private Builder() {
        }

        private Builder(ExperimentArgs args) {
            this.name = args.name;
            this.kwargs = args.kwargs;
            this.internalCloud = args.internalCloud;
            this.cloud = args.cloud;
        }

        /**
         * Sets {@code name} (required): The experiment name.
         *
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code kwargs}: Passed on unchanged.
         *
         * @return this builder
         */
        public Builder kwargs(Map<String, Object> kwargs) {
            this.kwargs = kwargs;
            return this;
        }

        /**
         * Sets {@code _cloud}: Reserved. Default: {@code "AzureCloud"}. Documented as internal use only.
         *
         * @return this builder
         */
        public Builder internalCloud(String internalCloud) {
            this.internalCloud = internalCloud;
            return this;
        }

        /**
         * Sets {@code cloud}: The docs page states the default {@code None}.
         *
         * @return this builder
         */
        public Builder cloud(String cloud) {
            this.cloud = cloud;
            return this;
        }

        /**
         * Returns the arguments, with defaults applied to unset keys.
         *
         * @throws ArgsValidationException if a required key is unset, or a value or rule is invalid; the message lists every violation
         */
        public ExperimentArgs build() {
            return finish("experiment_args", List.of(), Set.of()).orThrow();
        }

        /**
         * Applies defaults and checks the values, after the violations {@code earlier} found while reading. A key in {@code unreadable} has an invalid value that is already reported, so it gets no default and no check that would treat it as unset.
         */
        private ReadResult<ExperimentArgs> finish(String path, List<Violation> earlier,
                Set<String> unreadable) {
            Builder resolved = withDefaults(unreadable);
            List<Violation> violations = new ArrayList<>(earlier);
            violations.addAll(ExperimentArgsValidator.check(resolved, path, unreadable));
            if (Violations.hasErrors(violations)) {
                return new ReadResult<>(null, violations);
            }
            return ReadResult.of(resolved.create(), violations);
        }

        private Builder withDefaults(Set<String> unreadable) {
            Builder resolved = new Builder();
            resolved.name = name;
            resolved.kwargs = kwargs;
            resolved.internalCloud = unreadable.contains("_cloud") ? null : Objects.requireNonNullElse(internalCloud, "AzureCloud");
            resolved.cloud = cloud;
            return resolved;
        }

        private ExperimentArgs create() {
            return new ExperimentArgs(name, kwargs, internalCloud, cloud);
        }
    }
}
