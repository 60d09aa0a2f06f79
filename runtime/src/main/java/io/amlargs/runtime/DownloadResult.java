package io.amlargs.runtime;

import java.nio.file.Path;
import java.util.List;

/**
 * Files that a download of run artifacts wrote.
 *
 * @param runId run the artifacts came from
 * @param outputDirectory directory the files were written under
 * @param files written files, in the order they were copied
 * @param bytes total size of the written files in bytes
 */
public record DownloadResult(String runId, Path outputDirectory, List<Path> files, long bytes) {

    public DownloadResult {
        files = List.copyOf(files);
    }
}
