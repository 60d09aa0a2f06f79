package io.amlargs.cli;

import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.job.JobOutcome;
import java.io.PrintWriter;

/** Prints what a run produced: run id, status, exit code, outputs folder and model version. */
final class RunSummary {

    private RunSummary() {
    }

    /**
     * Prints the summary of {@code outcome} and flushes it.
     *
     * @param downloadPrefix the {@code download_args.prefix} the outputs were selected with
     */
    static void print(PrintWriter out, JobOutcome outcome, String downloadPrefix) {
        RunRecord record = outcome.record();
        out.println("Run id:     " + record.id());
        out.println("Status:     " + record.status());
        Object exitCode = record.exitCode() == null ? "none (the script did not start)" : record.exitCode();
        out.println("Exit code:  " + exitCode);
        if (record.error() != null) {
            out.println("Error:      " + record.error());
        }

        DownloadResult download = outcome.download();
        if (download != null) {
            out.println("Outputs:    " + describe(download, downloadPrefix));
        }
        ModelVersion model = outcome.model();
        if (model != null) {
            out.println("Model:      " + model.name() + " version " + model.version());
        }
        out.flush();
    }

    private static String describe(DownloadResult download, String prefix) {
        if (download.files().isEmpty()) {
            return "none (warning: no artifact of the run matched download_args.prefix '" + prefix + "')";
        }
        return download.outputDirectory() + " (" + Plurals.count(download.files().size(), "file") + ", "
                + ByteSizes.format(download.bytes()) + ")";
    }
}
