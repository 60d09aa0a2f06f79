package io.amlargs.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the JVM's shutdown, as on Ctrl-C, until the run command has printed its summary.
 *
 * <p>The JVM halts as soon as every shutdown hook has returned, even while the main thread still
 * prints. The local backend's hook returns once the canceled run is recorded, which is also when
 * the main thread starts to print the summary, so without this hook the summary appeared only
 * sometimes.
 */
final class SummaryShutdownHook implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryShutdownHook.class);

    private final CountDownLatch printed = new CountDownLatch(1);
    private final Duration timeout;
    private final Thread hook;

    private SummaryShutdownHook(Duration timeout) {
        this.timeout = timeout;
        this.hook = new Thread(this::awaitSummary, "aml-args-summary");
    }

    /**
     * Adds a hook that waits until {@link #close()} is called, at most {@code timeout}, so a command
     * stuck elsewhere cannot keep the JVM alive.
     */
    static SummaryShutdownHook install(Duration timeout) {
        SummaryShutdownHook summaryHook = new SummaryShutdownHook(timeout);
        Runtime.getRuntime().addShutdownHook(summaryHook.hook);
        return summaryHook;
    }

    /** Lets a waiting shutdown go on, and removes the hook unless the JVM is already shutting down. */
    @Override
    public void close() {
        printed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            LOG.debug("Summary hook not removed because the JVM is shutting down");
        }
    }

    private void awaitSummary() {
        try {
            if (!printed.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The run summary was not printed within {} s of the shutdown", timeout.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
