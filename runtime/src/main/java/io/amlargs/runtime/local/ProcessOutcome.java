package io.amlargs.runtime.local;

/**
 * Ending of a run's process, with its exit code.
 *
 * @param ending why the process ended
 * @param exitCode the process's exit code, which is 128 plus the signal number for a process killed by
 *     a signal
 */
record ProcessOutcome(Ending ending, int exitCode) {

    enum Ending {
        /** The process exited on its own. */
        EXITED,
        /** The process was stopped because it ran longer than max_run_duration_seconds. */
        TIMED_OUT,
        /** The process was stopped on request. */
        STOPPED
    }
}
