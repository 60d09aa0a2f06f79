package io.amlargs.runtime.local;

/**
 * How a run's process ended.
 *
 * @param ending why the process ended
 * @param exitCode the process's exit code; a process killed by a signal has 128 plus the signal number
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
