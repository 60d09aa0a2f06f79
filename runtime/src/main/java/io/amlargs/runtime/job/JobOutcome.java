package io.amlargs.runtime.job;

import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.util.Objects;

/**
 * The result of running a job: the final run record, the downloaded outputs and the model version.
 *
 * @param record the final record of the run
 * @param download the downloaded outputs, or null when the job downloads nothing or the run did
 *     not complete
 * @param model the registered model version, or null when the job registers none or the run did
 *     not complete
 */
public record JobOutcome(RunRecord record, DownloadResult download, ModelVersion model) {

    public JobOutcome {
        Objects.requireNonNull(record, "record");
    }

    /** Returns whether the run ended as {@link RunStatus#COMPLETED}. */
    public boolean isCompleted() {
        return record.status() == RunStatus.COMPLETED;
    }
}
