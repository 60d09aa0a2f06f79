package io.amlargs.runtime.local;

import java.nio.file.Path;

/**
 * Folders and files of one run in the local store.
 *
 * <pre>
 * runs/&lt;run id&gt;/
 *   run.json             the run record
 *   snapshot/            copy of source_directory that the run works in
 *   snapshot/outputs     symbolic link to ../outputs
 *   outputs/             artifacts the script writes to ./outputs
 *   logs/std_log.txt     combined standard output and standard error
 * </pre>
 *
 * @param directory the run's folder, named after the run id
 */
record RunLayout(Path directory) {

    static final String OUTPUTS = "outputs";
    static final String LOGS = "logs";

    String runId() {
        return directory.getFileName().toString();
    }

    Path recordFile() {
        return directory.resolve("run.json");
    }

    Path snapshot() {
        return directory.resolve("snapshot");
    }

    Path outputs() {
        return directory.resolve(OUTPUTS);
    }

    Path logs() {
        return directory.resolve(LOGS);
    }

    Path standardLog() {
        return logs().resolve("std_log.txt");
    }
}
