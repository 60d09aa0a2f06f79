package io.amlargs.runtime.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The operating system process of a local run, with its output pump and its time limit. */
final class LocalProcess {

    private static final Logger LOG = LoggerFactory.getLogger(LocalProcess.class);

    private final Process process;
    private final Thread pump;
    private final Duration gracePeriod;
    private volatile boolean stopRequested;

    private LocalProcess(Process process, Thread pump, Duration gracePeriod) {
        this.process = process;
        this.pump = pump;
        this.gracePeriod = gracePeriod;
    }

    /**
     * Starts {@code command} in {@code workingDirectory} with the JVM's environment plus
     * {@code environment}, and copies its combined output to {@code logFile} and {@code lines}.
     *
     * <p>Python is asked for unbuffered UTF-8 output, so lines arrive as the script prints them.
     * Entries of {@code environment} override those settings.
     *
     * @param gracePeriod how long a stopped process may take to exit before it is killed
     * @throws IOException if the program cannot be started, for example because it is not installed
     */
    static LocalProcess start(RunCommand command, Path workingDirectory, Map<String, String> environment,
            Path logFile, Consumer<String> lines, Duration gracePeriod) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command.argv())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PYTHONUNBUFFERED", "1");
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().putAll(environment);

        Process process = builder.start();
        Thread pump = new Thread(new OutputPump(process.getInputStream(), logFile, lines),
                "aml-args-output-" + process.pid());
        // NOTE: a background process that outlives the run and keeps the output open keeps this
        // thread reading, so it must not hold the JVM open.
        pump.setDaemon(true);
        pump.start();
        return new LocalProcess(process, pump, gracePeriod);
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the process exits, stopping it when it runs longer than {@code maxRunDuration}, and
     * then until its output has been read.
     */
    ProcessOutcome awaitOutcome(Duration maxRunDuration) throws InterruptedException {
        boolean exited = process.waitFor(maxRunDuration.toMillis(), TimeUnit.MILLISECONDS);
        boolean timedOut = false;
        if (!exited && !stopRequested) {
            LOG.info("Process {} exceeded its time limit of {} s and is being stopped", pid(), maxRunDuration.toSeconds());
            timedOut = true;
            ProcessTree.stop(process.toHandle(), gracePeriod);
        }
        int exitCode = process.waitFor();
        awaitOutput();

        if (stopRequested) {
            return new ProcessOutcome(ProcessOutcome.Ending.STOPPED, exitCode);
        }
        if (timedOut) {
            return new ProcessOutcome(ProcessOutcome.Ending.TIMED_OUT, exitCode);
        }
        return new ProcessOutcome(ProcessOutcome.Ending.EXITED, exitCode);
    }

    /** Stops the process and its children, killing those still alive after the grace period. */
    void stop() {
        stopRequested = true;
        ProcessTree.stop(process.toHandle(), gracePeriod);
    }

    private void awaitOutput() throws InterruptedException {
        pump.join(gracePeriod.toMillis());
        if (pump.isAlive()) {
            LOG.warn("Process {} exited but a background child process still holds its output open;"
                    + " the run ends now and later output is still appended to the log", pid());
        }
    }
}
