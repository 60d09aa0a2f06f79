package io.amlargs.runtime.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code download_args} of a download, as plain values.
 *
 * @param prefix artifact path prefix to download, such as {@code outputs}; null or empty means every
 *     artifact. It matches whole path segments, so {@code outputs} matches {@code outputs/model.pkl}
 *     but not {@code outputs2/model.pkl}.
 * @param outputDirectory folder the files are written under, relative to the working directory, or
 *     null for {@code outputs/<experiment>/<run id>}
 * @param outputPaths target paths relative to the output directory, one per matched artifact in
 *     sorted artifact order, or null to keep the artifact paths
 * @param batchSize files copied per batch, between progress reports
 * @param appendPrefix whether target paths keep the prefix; ignored when {@code outputPaths} is given
 */
record DownloadRequest(String prefix, String outputDirectory, List<String> outputPaths, int batchSize,
        boolean appendPrefix) {

    static final String DEFAULT_PREFIX = "outputs";

    static final int DEFAULT_BATCH_SIZE = 100;

    DownloadRequest {
        // Copied without List.copyOf, which rejects null entries before the planner can report them.
        outputPaths = outputPaths == null ? null : Collections.unmodifiableList(new ArrayList<>(outputPaths));
    }

    /** Returns the documented defaults: prefix {@code outputs}, batches of 100, prefix kept. */
    static DownloadRequest defaults() {
        return new DownloadRequest(DEFAULT_PREFIX, null, null, DEFAULT_BATCH_SIZE, true);
    }
}
