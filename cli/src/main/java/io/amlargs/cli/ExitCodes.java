package io.amlargs.cli;

/** Exit codes of the {@code aml-args} command. */
final class ExitCodes {

    /** The job is valid, or the run completed. */
    static final int OK = 0;

    /** The run ended as Failed or Canceled, or the backend failed. */
    static final int RUN_FAILED = 1;

    /** The job file is invalid or the command line is wrong; nothing was run. */
    static final int INVALID_INPUT = 2;

    /**
     * The process was interrupted, for example by Ctrl-C: the run was canceled and recorded as
     * Canceled. The JVM exits with 128 + SIGINT (2) when a signal stops it.
     */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
