package io.amlargs.runtime;

/**
 * Receives progress of the workflow's operations, for example to show it in a terminal.
 *
 * <p>Every method has an empty default, so a listener overrides only what it shows. Methods may be
 * called from a backend's own threads, such as the thread that reads a run's output. An exception
 * thrown by a listener is logged and does not stop the operation.
 */
public interface ProgressListener {

    /** A listener that ignores every event. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** Receives a one-line description of a step, such as the snapshot of a run being taken. */
    default void onMessage(String message) {
    }

    /** Receives a run's new status. */
    default void onStatusChanged(String runId, RunStatus status) {
    }

    /** Receives one line of a run's combined standard output and standard error, without the line break. */
    default void onOutputLine(String runId, String line) {
    }

    /** Receives the progress of a download after each batch of files. */
    default void onDownloadProgress(DownloadProgress progress) {
    }
}
