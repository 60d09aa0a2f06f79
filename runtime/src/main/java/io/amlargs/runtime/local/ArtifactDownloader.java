package io.amlargs.runtime.local;

import io.amlargs.runtime.DownloadProgress;
import io.amlargs.runtime.DownloadResult;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.validation.ArgsValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a run's artifacts to a local folder, following the {@code download_args} semantics of
 * azureml-core's {@code Run.download_files}.
 *
 * <p>Differences from azureml-core: {@code output_paths} that do not match the artifacts in number
 * or are not unique are an error here, where azureml-core logged a warning and ignored them. Targets
 * that would lie outside the output directory are an error as well. Existing files are overwritten.
 */
final class ArtifactDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(ArtifactDownloader.class);

    private ArtifactDownloader() {
    }

    /**
     * Downloads the artifacts of the run in {@code layout} that {@code request} selects.
     *
     * @param workingDirectory folder a relative {@code output_directory} resolves against
     * @throws ArgsValidationException if {@code request} is invalid, before anything is written
     * @throws IOException if reading an artifact or writing its target fails
     */
    static DownloadResult download(RunLayout layout, String experiment, DownloadRequest request,
            Path workingDirectory, ProgressListener progressListener) throws IOException {
        ProgressListener listener = GuardedListener.of(progressListener);
        String runId = layout.runId();
        Path outputDirectory = workingDirectory.resolve(request.outputDirectory() == null
                ? Path.of(RunLayout.OUTPUTS, experiment, runId).toString()
                : request.outputDirectory());
        DownloadPlan plan = DownloadPlan.of(Artifacts.list(layout), request, outputDirectory);

        List<DownloadPlan.Transfer> transfers = plan.transfers();
        if (transfers.isEmpty()) {
            LOG.warn("No artifact of run {} matches download_args.prefix '{}', so nothing is downloaded",
                    runId, request.prefix());
        }
        long totalBytes = totalSize(layout, transfers);
        LOG.info("Downloading {} ({} bytes) of run {} to {}",
                Plurals.count(transfers.size(), "artifact"), totalBytes, runId, plan.outputDirectory());

        List<Path> written = new ArrayList<>();
        long bytesDone = 0;
        for (int start = 0; start < transfers.size(); start += request.batchSize()) {
            List<DownloadPlan.Transfer> batch = transfers.subList(start, Math.min(start + request.batchSize(), transfers.size()));
            for (DownloadPlan.Transfer transfer : batch) {
                bytesDone += copy(layout, transfer);
                written.add(transfer.target());
            }

            DownloadProgress progress = new DownloadProgress(runId, written.size(), transfers.size(), bytesDone, totalBytes);
            LOG.info("Downloaded {} of {} ({} of {} bytes) of run {}",
                    written.size(), Plurals.count(transfers.size(), "artifact"), bytesDone, totalBytes, runId);
            listener.onDownloadProgress(progress);
        }
        return new DownloadResult(runId, plan.outputDirectory(), written, bytesDone);
    }

    private static long copy(RunLayout layout, DownloadPlan.Transfer transfer) throws IOException {
        Path source = layout.directory().resolve(transfer.artifact());
        Files.createDirectories(transfer.target().getParent());
        Files.copy(source, transfer.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        return Files.size(transfer.target());
    }

    private static long totalSize(RunLayout layout, List<DownloadPlan.Transfer> transfers) throws IOException {
        long total = 0;
        for (DownloadPlan.Transfer transfer : transfers) {
            total += Files.size(layout.directory().resolve(transfer.artifact()));
        }
        return total;
    }
}
