package io.amlargs.runtime.backend;

import io.amlargs.args.ScriptRunConfigArgs;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A script run to submit: the {@code config_args} with the compute, environment and parameters of
 * {@code submit_run}.
 *
 * @param experiment experiment the run belongs to
 * @param configArgs what the run executes
 * @param compute compute to run on, or null for the backend's default
 * @param environment environment to run in, or null for the backend's default
 * @param tags run tags
 * @param showOutput whether output lines are passed to the progress listener while the run goes
 * @param configFilePath DWC connection file that is copied into the run's snapshot as
 *     {@code config.json}, or null
 * @param excludedFiles files inside the source directory that the snapshot leaves out, such as the
 *     job file, which may hold secrets
 */
public record RunRequest(
        Experiment experiment,
        ScriptRunConfigArgs configArgs,
        ComputeTarget compute,
        Environment environment,
        Map<String, String> tags,
        boolean showOutput,
        Path configFilePath,
        Set<Path> excludedFiles) {

    public RunRequest {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(configArgs, "config_args");
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        excludedFiles = excludedFiles == null
                ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(excludedFiles));
    }

    /**
     * Returns a builder of a request with no compute, environment, tags, config file or excluded
     * files, showing output.
     */
    public static Builder builder(Experiment experiment, ScriptRunConfigArgs configArgs) {
        return new Builder(experiment, configArgs);
    }

    /** Builder of a {@link RunRequest}. */
    public static final class Builder {

        private final Experiment experiment;
        private final ScriptRunConfigArgs configArgs;
        private ComputeTarget compute;
        private Environment environment;
        private Map<String, String> tags = Map.of();
        private boolean showOutput = true;
        private Path configFilePath;
        private Set<Path> excludedFiles = Set.of();

        private Builder(Experiment experiment, ScriptRunConfigArgs configArgs) {
            this.experiment = experiment;
            this.configArgs = configArgs;
        }

        public Builder compute(ComputeTarget compute) {
            this.compute = compute;
            return this;
        }

        public Builder environment(Environment environment) {
            this.environment = environment;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder showOutput(boolean showOutput) {
            this.showOutput = showOutput;
            return this;
        }

        public Builder configFilePath(Path configFilePath) {
            this.configFilePath = configFilePath;
            return this;
        }

        /** Sets the files inside the source directory that the snapshot leaves out. */
        public Builder excludedFiles(Set<Path> excludedFiles) {
            this.excludedFiles = excludedFiles;
            return this;
        }

        public RunRequest build() {
            return new RunRequest(experiment, configArgs, compute, environment, tags, showOutput, configFilePath,
                    excludedFiles);
        }
    }
}
