package io.amlargs.cli;

import io.amlargs.runtime.DownloadProgress;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.RunStatus;
import java.io.PrintWriter;

/**
 * Shows the progress of a run in the terminal: the script's output on standard output when
 * {@code show_output} is true, and steps, status changes and download progress on standard error.
 */
final class ConsoleProgress implements ProgressListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean showOutput;

    ConsoleProgress(PrintWriter out, PrintWriter err, boolean showOutput) {
        this.out = out;
        this.err = err;
        this.showOutput = showOutput;
    }

    @Override
    public void onMessage(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public void onStatusChanged(String runId, RunStatus status) {
        err.println("Run " + runId + ": " + status);
        err.flush();
    }

    @Override
    public void onOutputLine(String runId, String line) {
        if (showOutput) {
            out.println(line);
            out.flush();
        }
    }

    @Override
    public void onDownloadProgress(DownloadProgress progress) {
        err.println("Downloaded " + progress.filesDone() + " of " + Plurals.count(progress.totalFiles(), "file") + " ("
                + ByteSizes.format(progress.bytesDone()) + " of " + ByteSizes.format(progress.totalBytes()) + ")");
        err.flush();
    }
}
