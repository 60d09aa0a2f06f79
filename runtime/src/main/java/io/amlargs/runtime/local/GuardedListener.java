package io.amlargs.runtime.local;

import io.amlargs.runtime.DownloadProgress;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes events on to a caller's listener and logs, instead of throwing, what that listener throws. */
final class GuardedListener implements ProgressListener {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final ProgressListener delegate;

    private GuardedListener(ProgressListener delegate) {
        this.delegate = delegate;
    }

    static ProgressListener of(ProgressListener listener) {
        return listener instanceof GuardedListener ? listener : new GuardedListener(listener);
    }

    @Override
    public void onMessage(String message) {
        try {
            delegate.onMessage(message);
        } catch (RuntimeException e) {
            LOG.warn("Progress listener failed on message '{}'", message, e);
        }
    }

    @Override
    public void onStatusChanged(String runId, RunStatus status) {
        try {
            delegate.onStatusChanged(runId, status);
        } catch (RuntimeException e) {
            LOG.warn("Progress listener failed on status {} of run {}", status, runId, e);
        }
    }

    @Override
    public void onOutputLine(String runId, String line) {
        try {
            delegate.onOutputLine(runId, line);
        } catch (RuntimeException e) {
            LOG.warn("Progress listener failed on an output line of run {}, which the run log still has", runId, e);
        }
    }

    @Override
    public void onDownloadProgress(DownloadProgress progress) {
        try {
            delegate.onDownloadProgress(progress);
        } catch (RuntimeException e) {
            LOG.warn("Progress listener failed on the download progress of run {}", progress.runId(), e);
        }
    }
}
