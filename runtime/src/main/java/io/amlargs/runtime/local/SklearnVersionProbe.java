package io.amlargs.runtime.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the scikit-learn version of the training interpreter, for the framework version of a model
 * registered with {@code is_sklearn_model}.
 *
 * <p>The original library read the version on the submitting machine instead, which can differ from
 * the one that trained the model.
 */
final class SklearnVersionProbe {

    private static final Logger LOG = LoggerFactory.getLogger(SklearnVersionProbe.class);

    private static final String SCRIPT = "import sklearn; print(sklearn.__version__)";

    private final String interpreter;
    private final Map<String, String> environment;
    private final Duration timeout;

    /**
     * @param interpreter Python executable that runs the training scripts, such as {@code python3}
     * @param environment variables added to the interpreter's environment, such as {@code PYTHONPATH}
     * @param timeout how long the interpreter may take before the probe gives up
     */
    SklearnVersionProbe(String interpreter, Map<String, String> environment, Duration timeout) {
        this.interpreter = interpreter;
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    /** Returns the installed scikit-learn version, or empty when the interpreter cannot import it. */
    Optional<String> version() {
        ProcessBuilder builder = new ProcessBuilder(List.of(interpreter, "-c", SCRIPT));
        builder.environment().putAll(environment);

        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            LOG.warn("Cannot start '{}' to find the scikit-learn version: {}", interpreter, e.getMessage());
            return Optional.empty();
        }

        try {
            return readVersion(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        }
    }

    private Optional<String> readVersion(Process process) throws InterruptedException {
        CompletableFuture<String> output = readAsync(process.getInputStream());
        CompletableFuture<String> errors = readAsync(process.getErrorStream());

        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            LOG.warn("'{}' did not print the scikit-learn version within {} s", interpreter, timeout.toSeconds());
            return Optional.empty();
        }
        if (process.exitValue() != 0) {
            LOG.debug("'{}' cannot import scikit-learn: {}", interpreter, errors.join().strip());
            return Optional.empty();
        }

        String version = output.join().strip();
        return version.isEmpty() ? Optional.empty() : Optional.of(version);
    }

    // A thread of its own per stream, because a read blocks until the interpreter exits.
    private static CompletableFuture<String> readAsync(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, SklearnVersionProbe::startDaemon);
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "aml-args-sklearn-probe");
        thread.setDaemon(true);
        thread.start();
    }
}
