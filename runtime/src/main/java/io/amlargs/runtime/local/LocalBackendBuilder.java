package io.amlargs.runtime.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** Builder of a {@link LocalBackend}. */
public final class LocalBackendBuilder {

    private Path workingDirectory = Path.of("");
    private Path storeDirectory;
    private String pythonExecutable = "python3";
    private Map<String, String> environmentVariables = Map.of();
    // The time `docker stop` gives a container to exit, a familiar default for a stopped job.
    private Duration stopGracePeriod = Duration.ofSeconds(10);

    LocalBackendBuilder() {
    }

    /**
     * Sets the folder that relative paths and the default store resolve against. The default is the
     * current directory.
     */
    public LocalBackendBuilder workingDirectory(Path workingDirectory) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        return this;
    }

    /**
     * Sets the store folder, which a relative path puts under the working directory. The default is
     * {@code .aml-args} in the working directory.
     */
    public LocalBackendBuilder storeDirectory(Path storeDirectory) {
        this.storeDirectory = storeDirectory;
        return this;
    }

    /**
     * Sets the Python interpreter that runs {@code config_args.script} and the scikit-learn probe. The
     * default is {@code python3} on the PATH.
     */
    public LocalBackendBuilder pythonExecutable(String pythonExecutable) {
        this.pythonExecutable = Objects.requireNonNull(pythonExecutable, "pythonExecutable");
        return this;
    }

    /** Sets variables added to the environment of every run, such as {@code PYTHONPATH}. */
    public LocalBackendBuilder environmentVariables(Map<String, String> environmentVariables) {
        this.environmentVariables = Map.copyOf(environmentVariables);
        return this;
    }

    /**
     * Sets how long a stopped run's processes may take to exit after the termination request before
     * they are killed. The default is 10 seconds.
     *
     * @throws IllegalArgumentException if {@code stopGracePeriod} is negative
     */
    public LocalBackendBuilder stopGracePeriod(Duration stopGracePeriod) {
        if (stopGracePeriod.isNegative()) {
            throw new IllegalArgumentException("stopGracePeriod must not be negative, got " + stopGracePeriod);
        }
        this.stopGracePeriod = stopGracePeriod;
        return this;
    }

    /** Builds the backend. */
    public LocalBackend build() {
        return new LocalBackend(this);
    }

    Path workingDirectory() {
        return workingDirectory.toAbsolutePath().normalize();
    }

    Path storeDirectory() {
        if (storeDirectory == null) {
            return workingDirectory().resolve(LocalStore.DEFAULT_DIRECTORY_NAME);
        }
        return workingDirectory().resolve(storeDirectory);
    }

    String pythonExecutable() {
        return pythonExecutable;
    }

    Map<String, String> environmentVariables() {
        return environmentVariables;
    }

    Duration stopGracePeriod() {
        return stopGracePeriod;
    }
}
