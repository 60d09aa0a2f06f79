package io.amlargs.runtime.local;

import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import io.amlargs.validation.Violations;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ends an operation of the local backend on invalid arguments, and logs the warnings of valid ones. */
final class ArgsChecks {

    private static final Logger LOG = LoggerFactory.getLogger(ArgsChecks.class);

    private ArgsChecks() {
    }

    /**
     * Logs each warning of {@code violations}, then throws if any violation is an error.
     *
     * @throws ArgsValidationException if {@code violations} contains an error, listing all of them
     */
    static void requireNoErrors(List<Violation> violations) {
        if (Violations.hasErrors(violations)) {
            throw new ArgsValidationException(violations);
        }
        // Violation messages show secrets as <redacted>, so they are safe to log.
        for (Violation warning : violations) {
            LOG.warn("{}", warning);
        }
    }
}
