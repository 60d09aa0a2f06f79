package io.amlargs.runtime.local;

import io.amlargs.runtime.DownloadProgress;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.RunStatus;

/** Passes every event on except the run's output lines, for a run submitted with {@code show_output} false. */
final class OutputHidingListener implements ProgressListener {

    private final ProgressListener delegate;

    OutputHidingListener(ProgressListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void onMessage(String message) {
        delegate.onMessage(message);
    }

    @Override
    public void onStatusChanged(String runId, RunStatus status) {
        delegate.onStatusChanged(runId, status);
    }

    @Override
    public void onOutputLine(String runId, String line) {
        // The run log still receives the line.
    }

    @Override
    public void onDownloadProgress(DownloadProgress progress) {
        delegate.onDownloadProgress(progress);
    }
}
