package io.amlargs.runtime.local;

import io.amlargs.runtime.DownloadProgress;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Progress listener that keeps every event, and the status that {@code run.json} had when each
 * status change was reported.
 */
final class RecordingListener implements ProgressListener {

    final List<String> messages = new CopyOnWriteArrayList<>();
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<RunStatus> statuses = new CopyOnWriteArrayList<>();
    final List<RunStatus> storedStatuses = new CopyOnWriteArrayList<>();
    final List<DownloadProgress> downloads = new CopyOnWriteArrayList<>();

    private final Path runsDirectory;
    private final String awaitedLine;
    private final CountDownLatch lineSeen = new CountDownLatch(1);

    /**
     * @param runsDirectory folder of the run folders, or null to skip reading {@code run.json}
     * @param awaitedLine output line that {@link #awaitLine} waits for, or null
     */
    RecordingListener(Path runsDirectory, String awaitedLine) {
        this.runsDirectory = runsDirectory;
        this.awaitedLine = awaitedLine;
    }

    @Override
    public void onMessage(String message) {
        messages.add(message);
    }

    @Override
    public void onStatusChanged(String runId, RunStatus status) {
        statuses.add(status);
        if (runsDirectory != null) {
            storedStatuses.add(readStoredRecord(runId).status());
        }
    }

    @Override
    public void onOutputLine(String runId, String line) {
        lines.add(line);
        if (line.equals(awaitedLine)) {
            lineSeen.countDown();
        }
    }

    @Override
    public void onDownloadProgress(DownloadProgress progress) {
        downloads.add(progress);
    }

    /** Waits until the awaited line has been printed; returns false after 30 s without it. */
    boolean awaitLine() throws InterruptedException {
        return lineSeen.await(30, TimeUnit.SECONDS);
    }

    private RunRecord readStoredRecord(String runId) {
        try {
            return JsonFiles.read(runsDirectory.resolve(runId).resolve("run.json"), RunRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
