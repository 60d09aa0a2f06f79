package io.amlargs.runtime.local;

import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The run records of a local run's status changes. */
final class RunRecords {

    static final String BACKEND = "local";

    private RunRecords() {
    }

    static RunRecord created(String runId, RunSpec spec) {
        return new RunRecord(runId, spec.experiment(), RunStatus.NOT_STARTED, null, null, null, null,
                spec.tags(), null, spec.args(), spec.compute(), spec.environment(), BACKEND);
    }

    static RunRecord withStatus(RunRecord record, RunStatus status) {
        return new RunRecord(record.id(), record.experiment(), status, record.exitCode(), record.startTime(),
                record.endTime(), record.durationSeconds(), record.tags(), record.error(), record.args(),
                record.compute(), record.environment(), record.backend());
    }

    static RunRecord running(RunRecord record, Instant startTime) {
        return new RunRecord(record.id(), record.experiment(), RunStatus.RUNNING, null, startTime, null, null,
                record.tags(), null, record.args(), record.compute(), record.environment(), record.backend());
    }

    /**
     * Returns the final record of a run whose process ran.
     *
     * @param cancelReason why the run was canceled, or null when it was not
     * @param standardLog the run's log file, which a failure message points to
     */
    static RunRecord ended(RunRecord record, ProcessOutcome outcome, String cancelReason, RunSpec spec,
            Path standardLog, Instant endTime) {
        RunStatus status;
        String error;
        switch (outcome.ending()) {
            case STOPPED -> {
                status = RunStatus.CANCELED;
                error = cancelReason == null ? "canceled" : cancelReason;
            }
            case TIMED_OUT -> {
                status = RunStatus.FAILED;
                error = "exceeded max_run_duration_seconds (" + spec.maxRunDuration().toSeconds() + " s); see the log "
                        + standardLog;
            }
            default -> {
                if (outcome.exitCode() == 0) {
                    status = RunStatus.COMPLETED;
                    error = null;
                } else if (cancelReason != null) {
                    // The script most likely received the same signal as this JVM, as with Ctrl-C
                    // in a terminal, and exited before the cancel could stop it.
                    status = RunStatus.CANCELED;
                    error = cancelReason;
                } else {
                    status = RunStatus.FAILED;
                    error = "'" + spec.command().program() + "' exited with code " + outcome.exitCode()
                            + "; see the log " + standardLog;
                }
            }
        }
        return ended(record, status, outcome.exitCode(), error, endTime);
    }

    /** Returns the final record of a run that ended before its process started. */
    static RunRecord endedWithoutProcess(RunRecord record, String error, String cancelReason, Instant endTime) {
        if (cancelReason != null) {
            return ended(record, RunStatus.CANCELED, null, cancelReason, endTime);
        }
        return ended(record, RunStatus.FAILED, null, error, endTime);
    }

    private static RunRecord ended(RunRecord record, RunStatus status, Integer exitCode, String error,
            Instant endTime) {
        Double durationSeconds = record.startTime() == null
                ? null
                : Duration.between(record.startTime(), endTime).toMillis() / 1000.0;
        return new RunRecord(record.id(), record.experiment(), status, exitCode, record.startTime(), endTime,
                durationSeconds, record.tags(), error, record.args(), record.compute(), record.environment(),
                record.backend());
    }
}
