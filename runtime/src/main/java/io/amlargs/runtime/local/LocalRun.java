package io.amlargs.runtime.local;

import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.Run;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run of the local backend: a snapshot of the source, one process working in it, and the run
 * record that follows its status.
 *
 * <p>{@link #submit} takes the snapshot and starts the process before it returns, so the source may
 * change as soon as it does. A background thread then waits for the process and records the end.
 * Every status change rewrites {@code run.json} atomically. The run's {@code ./outputs} is a symbolic
 * link from the snapshot to the run's {@code outputs/} folder, so artifacts land in place as the
 * script writes them and survive a killed process.
 *
 * <p>While a run is active, a JVM shutdown hook (run on Ctrl-C) cancels it, so the process tree is
 * stopped and the run is recorded as {@link RunStatus#CANCELED}.
 */
final class LocalRun implements Run {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRun.class);

    /** Exit code of a process killed by SIGINT: 128 plus the signal number 2. */
    private static final int SIGINT_EXIT_CODE = 130;

    /** How long a run whose script died of SIGINT waits for the JVM's shutdown hook to cancel it. */
    private static final Duration INTERRUPT_SETTLE_TIME = Duration.ofSeconds(2);

    private static final long CANCEL_POLL_MILLIS = 50;

    private final LocalStore store;
    private final RunLayout layout;
    private final RunSpec spec;
    private final ProgressListener listener;
    private final Duration gracePeriod;
    private final CountDownLatch endSignal = new CountDownLatch(1);
    private final Thread shutdownHook;
    private final Object lock = new Object();

    private RunRecord record;
    private LocalProcess process;
    private String cancelReason;

    private LocalRun(LocalStore store, RunLayout layout, RunSpec spec, ProgressListener listener, Duration gracePeriod) {
        this.store = store;
        this.layout = layout;
        this.spec = spec;
        this.listener = GuardedListener.of(listener);
        this.gracePeriod = gracePeriod;
        this.shutdownHook = new Thread(this::cancelOnShutdown, "aml-args-cancel-" + layout.runId());
    }

    /**
     * Creates a run in {@code store}, copies the snapshot and starts the process.
     *
     * <p>A failure after the run exists, such as a missing source folder or an interpreter that
     * cannot be started, ends the run as {@link RunStatus#FAILED} with the reason in its record.
     *
     * @param gracePeriod how long a stopped process may take to exit before it is killed
     * @throws UncheckedIOException if the store cannot create the run's folders or record
     */
    static LocalRun submit(LocalStore store, RunSpec spec, ProgressListener listener, Duration gracePeriod) {
        RunLayout layout;
        try {
            layout = store.createRun(spec.experiment(), Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run in the local store " + store.root(), e);
        }

        LocalRun run = new LocalRun(store, layout, spec, listener, gracePeriod);
        run.begin();
        return run;
    }

    @Override
    public String id() {
        return layout.runId();
    }

    @Override
    public String experiment() {
        return spec.experiment();
    }

    @Override
    public RunStatus status() {
        return record().status();
    }

    @Override
    public RunRecord record() {
        synchronized (lock) {
            return record;
        }
    }

    @Override
    public RunRecord waitForCompletion() throws InterruptedException {
        endSignal.await();
        return record();
    }

    @Override
    public void cancel() {
        requestCancel("canceled on request");
        awaitEndUninterruptibly();
    }

    RunLayout layout() {
        return layout;
    }

    /** Returns the run id, experiment and current status. */
    @Override
    public String toString() {
        return "LocalRun[id=" + id() + ", experiment=" + experiment() + ", status=" + status() + "]";
    }

    private void begin() {
        synchronized (lock) {
            record = RunRecords.created(layout.runId(), spec);
            writeRecord();
        }
        addShutdownHook();
        notifyStatus(RunStatus.NOT_STARTED);

        changeStatus(RunStatus.STARTING);
        try {
            takeSnapshot();
        } catch (IOException | RuntimeException e) {
            endWithoutProcess("taking the snapshot of " + spec.sourceDirectory() + " failed: " + e.getMessage(), e);
            return;
        }
        if (isCancelRequested()) {
            endWithoutProcess("canceled before the process started", null);
            return;
        }

        startProcess();
    }

    private void takeSnapshot() throws IOException {
        SnapshotCopier.Summary summary = SnapshotCopier.copy(
                spec.sourceDirectory(), layout.snapshot(), store.root(), spec.configFile(), spec.excludedFiles());
        // TODO: Windows allows symbolic links only with a privilege, so there the link fails and the run
        // cannot start; copying snapshot/outputs to outputs/ after the run would avoid the link.
        Files.createSymbolicLink(layout.snapshot().resolve(RunLayout.OUTPUTS), Path.of("..", RunLayout.OUTPUTS));

        String files = Plurals.count(summary.files(), "file");
        LOG.info("Run {}: copied {} ({} bytes) of {} into the snapshot",
                id(), files, summary.bytes(), spec.sourceDirectory());
        listener.onMessage("Snapshot of " + spec.sourceDirectory() + ": " + files);
    }

    private void startProcess() {
        LocalProcess started;
        try {
            started = LocalProcess.start(spec.command(), layout.snapshot(), spec.environmentVariables(),
                    layout.standardLog(), line -> listener.onOutputLine(id(), line), gracePeriod);
        } catch (IOException e) {
            endWithoutProcess("cannot start '" + spec.command().program() + "': " + e.getMessage(), e);
            return;
        }

        boolean canceledWhileStarting;
        synchronized (lock) {
            process = started;
            canceledWhileStarting = cancelReason != null;
            if (!canceledWhileStarting) {
                record = RunRecords.running(record, Instant.now());
                writeRecord();
            }
        }
        LOG.info("Run {} started process {}: {}", id(), started.pid(), spec.command().program());
        if (canceledWhileStarting) {
            started.stop();
        } else {
            notifyStatus(RunStatus.RUNNING);
        }

        Thread waiter = new Thread(() -> awaitProcess(started), "aml-args-run-" + id());
        waiter.start();
    }

    private void awaitProcess(LocalProcess started) {
        ProcessOutcome outcome;
        try {
            outcome = started.awaitOutcome(spec.maxRunDuration());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.stop();
            outcome = new ProcessOutcome(ProcessOutcome.Ending.STOPPED, -1);
        }
        end(outcome);
    }

    private void end(ProcessOutcome outcome) {
        if (outcome.ending() == ProcessOutcome.Ending.EXITED && outcome.exitCode() == SIGINT_EXIT_CODE) {
            awaitCancelRequest(INTERRUPT_SETTLE_TIME);
        }

        RunRecord last;
        synchronized (lock) {
            record = RunRecords.ended(record, outcome, cancelReason, spec, layout.standardLog(), Instant.now());
            writeRecord();
            last = record;
        }
        finish(last);
    }

    private void endWithoutProcess(String error, Exception cause) {
        if (cause != null) {
            // The message names the cause, so the stack trace only helps when debugging.
            LOG.error("Run {} failed: {}", id(), error);
            LOG.debug("Cause of the failure of run {}", id(), cause);
            appendToLog(error);
        }

        RunRecord failed;
        synchronized (lock) {
            record = RunRecords.endedWithoutProcess(record, error, cancelReason, Instant.now());
            writeRecord();
            failed = record;
        }
        finish(failed);
    }

    private void finish(RunRecord last) {
        removeShutdownHook();
        LOG.info("Run {} ended with status {}{}", id(), last.status(),
                last.error() == null ? "" : ": " + last.error());
        notifyStatus(last.status());
        endSignal.countDown();
    }

    private void changeStatus(RunStatus status) {
        synchronized (lock) {
            record = RunRecords.withStatus(record, status);
            writeRecord();
        }
        notifyStatus(status);
    }

    private void requestCancel(String reason) {
        LocalProcess running;
        synchronized (lock) {
            if (record.status().isTerminal() || cancelReason != null) {
                return;
            }
            cancelReason = reason;
            running = process;
        }

        LOG.info("Canceling run {}: {}", id(), reason);
        if (running != null) {
            running.stop();
        }
    }

    /**
     * Waits up to {@code timeout} for a cancel request. Ctrl-C in a terminal sends SIGINT to the
     * script and to this JVM at once, so the script may exit before the shutdown hook asks to
     * cancel. Waiting lets the run be recorded as Canceled rather than Failed.
     */
    private void awaitCancelRequest(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!isCancelRequested() && System.nanoTime() < deadline) {
                Thread.sleep(CANCEL_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void cancelOnShutdown() {
        requestCancel("canceled because the JVM is shutting down (for example on Ctrl-C)");
        try {
            // The grace period, plus time to write the record, bounds how long shutdown waits.
            if (!endSignal.await(gracePeriod.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                LOG.warn("Run {} did not end during JVM shutdown; its record may still say {}", id(), status());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitEndUninterruptibly() {
        boolean interrupted = false;
        while (endSignal.getCount() > 0) {
            try {
                endSignal.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isCancelRequested() {
        synchronized (lock) {
            return cancelReason != null;
        }
    }

    private void addShutdownHook() {
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            LOG.warn("Run {} started while the JVM shuts down, so Ctrl-C cannot cancel it", id());
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, possibly inside this very hook.
            LOG.debug("Shutdown hook of run {} not removed because the JVM is shutting down", id());
        }
    }

    // Called with the lock held, so records are written in status order.
    private void writeRecord() {
        try {
            store.writeRecord(layout, record);
        } catch (IOException e) {
            LOG.error("Writing the record of run {} to {} failed", id(), layout.recordFile(), e);
        }
    }

    private void appendToLog(String message) {
        try {
            Files.writeString(layout.standardLog(), message + System.lineSeparator(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Appending to the log of run {} failed", id(), e);
        }
    }

    private void notifyStatus(RunStatus status) {
        listener.onStatusChanged(id(), status);
    }
}
