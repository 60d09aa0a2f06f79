package io.amlargs.runtime.job;

import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.util.List;

/**
 * Thrown when a step after a completed run fails: the download of its outputs or the registration
 * of its model. The run itself stays recorded as Completed.
 *
 * <p>Such a failure depends on the artifacts the run wrote, for example a {@code model_path} that
 * names none of them, so no check before the run could have found it.
 */
public final class JobStepException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient JobOutcome outcome;
    private final String summary;

    JobStepException(String step, JobOutcome outcome, RuntimeException cause) {
        super(summary(step, outcome) + ": " + cause.getMessage(), cause);
        this.outcome = outcome;
        this.summary = summary(step, outcome);
    }

    /** Returns which run completed and which step failed, without the reason that the message adds. */
    public String summary() {
        return summary;
    }

    /** Returns the completed run, with what the steps before the failed one produced. */
    public JobOutcome outcome() {
        return outcome;
    }

    /**
     * Returns the violations that the failed step reported, such as {@code MODEL_PATH_NOT_FOUND},
     * or an empty list when it failed for another reason, such as a file that could not be written.
     */
    public List<Violation> violations() {
        return getCause() instanceof ArgsValidationException invalid ? invalid.violations() : List.of();
    }

    private static String summary(String step, JobOutcome outcome) {
        return "run " + outcome.record().id() + " completed, but " + step + " failed";
    }
}
