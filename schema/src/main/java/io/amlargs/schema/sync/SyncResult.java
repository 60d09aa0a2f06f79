package io.amlargs.schema.sync;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a sync: the drift found, and the files that were out of date.
 *
 * @param report the differences between the docs page and the schema
 * @param staleFiles the files whose content differed from the synced content; rewritten unless
 *     {@code check}
 * @param check whether the sync only checked, leaving every file as it was
 */
public record SyncResult(DriftReport report, List<Path> staleFiles, boolean check) {

    public SyncResult {
        staleFiles = List.copyOf(staleFiles);
    }

    /** Returns whether the page, the schema and the job-file schema all agree. */
    public boolean inSync() {
        return report.isEmpty() && staleFiles.isEmpty();
    }

    /**
     * Returns the process exit code: {@link SchemaSync#EXIT_DRIFT} for a check that found
     * differences, otherwise {@link SchemaSync#EXIT_OK}.
     */
    public int exitCode() {
        return check && !inSync() ? SchemaSync.EXIT_DRIFT : SchemaSync.EXIT_OK;
    }

    /** Renders the report and the state of each file, for the console. */
    public String format() {
        StringBuilder out = new StringBuilder(report.format());
        for (Path file : staleFiles) {
            out.append(check
                    ? file + " is out of date; run 'aml-args schema sync' without --check to rewrite it\n"
                    : "wrote " + file + "\n");
        }
        return out.toString();
    }
}
