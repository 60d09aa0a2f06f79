package io.amlargs.cli;

import io.amlargs.validation.Violation;
import java.io.PrintWriter;
import java.util.List;

/** Prints the violations of a job file, one per line, followed by a count. */
final class ViolationReport {

    private ViolationReport() {
    }

    /**
     * Prints each violation as {@code error [ID] path: message} or {@code warning [ID] path: message},
     * in the order they were found, then a line that counts them.
     */
    static void print(PrintWriter out, String jobFile, List<Violation> violations) {
        printEach(out, violations);

        long errors = violations.stream().filter(Violation::isError).count();
        long warnings = violations.size() - errors;
        String verdict = errors > 0 ? " is invalid: " : " is valid: ";
        out.println(jobFile + verdict + Plurals.count(errors, "error") + ", " + Plurals.count(warnings, "warning"));
        out.flush();
    }

    /** Prints each violation as {@code error [ID] path: message} or {@code warning [ID] path: message}. */
    static void printEach(PrintWriter out, List<Violation> violations) {
        for (Violation violation : violations) {
            String severity = violation.isError() ? "error" : "warning";
            out.println(severity + " [" + violation.id() + "] " + violation.path() + ": " + violation.message());
        }
        out.flush();
    }
}
