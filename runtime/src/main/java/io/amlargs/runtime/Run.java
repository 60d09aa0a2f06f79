package io.amlargs.runtime;

/** Handle of a submitted run. */
public interface Run {

    /** Returns the run id. */
    String id();

    /** Returns the experiment the run belongs to. */
    String experiment();

    /** Returns the current status without waiting. */
    RunStatus status();

    /** Returns the latest record of the run without waiting. */
    RunRecord record();

    /**
     * Waits until the run ends and returns its final record.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting, which leaves
     *     the run going
     */
    RunRecord waitForCompletion() throws InterruptedException;

    /**
     * Stops the run and its child processes and records it as {@link RunStatus#CANCELED}, then waits
     * until that record is stored. Does nothing when the run has already ended.
     */
    void cancel();
}
