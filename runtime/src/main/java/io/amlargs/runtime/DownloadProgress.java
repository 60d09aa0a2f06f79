package io.amlargs.runtime;

/**
 * Progress of a download of run artifacts, reported after each batch.
 *
 * @param runId run the artifacts come from
 * @param filesDone files copied so far
 * @param totalFiles files the download copies in all
 * @param bytesDone bytes copied so far
 * @param totalBytes bytes the download copies in all
 */
public record DownloadProgress(String runId, int filesDone, int totalFiles, long bytesDone, long totalBytes) {
}
