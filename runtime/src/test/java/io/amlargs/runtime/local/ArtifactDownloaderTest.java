package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amlargs.runtime.DownloadProgress;
import io.amlargs.runtime.DownloadResult;
import io.amlargs.validation.ArgsValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactDownloaderTest {

    @TempDir
    Path workingDirectory;

    RunLayout run;
    RecordingListener listener = new RecordingListener(null, null);

    @BeforeEach
    void createRunWithArtifacts() throws IOException {
        run = LocalStore.inWorkingDirectory(workingDirectory).createRun("iris", Instant.now());
        write(run.outputs().resolve("model.json"), "{\"weights\": [1, 2]}");
        write(run.outputs().resolve("metrics.json"), "{\"accuracy\": 0.9}");
        write(run.outputs().resolve("plots/loss.csv"), "epoch,loss\n1,0.5\n");
        write(run.standardLog(), "training\n");
    }

    @Test
    void defaultsDownloadOutputsUnderExperimentAndRun() throws IOException {
        DownloadResult result = ArtifactDownloader.download(run, "iris", DownloadRequest.defaults(), workingDirectory, listener);

        Path expectedDirectory = workingDirectory.resolve("outputs/iris").resolve(run.runId());
        assertThat(result.outputDirectory()).isEqualTo(expectedDirectory);
        assertThat(result.files()).containsExactly(
                expectedDirectory.resolve("outputs/metrics.json"),
                expectedDirectory.resolve("outputs/model.json"),
                expectedDirectory.resolve("outputs/plots/loss.csv"));
        assertThat(expectedDirectory.resolve("outputs/model.json")).hasContent("{\"weights\": [1, 2]}");
        assertThat(expectedDirectory.resolve("logs")).doesNotExist();
        assertThat(result.bytes()).isEqualTo(sizeOfOutputs());
    }

    @Test
    void outputDirectoryRelativeToWorkingDirectory() throws IOException {
        DownloadRequest request = new DownloadRequest("outputs", "downloads", null, 100, false);

        DownloadResult result = ArtifactDownloader.download(run, "iris", request, workingDirectory, listener);

        assertThat(result.outputDirectory()).isEqualTo(workingDirectory.resolve("downloads"));
        assertThat(workingDirectory.resolve("downloads/model.json")).exists();
        assertThat(workingDirectory.resolve("downloads/plots/loss.csv")).exists();
    }

    @Test
    void logsPrefixDownloadsRunLog() throws IOException {
        DownloadRequest request = new DownloadRequest("logs", "downloads", null, 100, true);

        ArtifactDownloader.download(run, "iris", request, workingDirectory, listener);

        assertThat(workingDirectory.resolve("downloads/logs/std_log.txt")).hasContent("training");
    }

    @Test
    void outputPathsNameTargets() throws IOException {
        DownloadRequest request = new DownloadRequest("outputs", "downloads",
                List.of("a/metrics.json", "b/model.json", "c/loss.csv"), 100, true);

        ArtifactDownloader.download(run, "iris", request, workingDirectory, listener);

        assertThat(workingDirectory.resolve("downloads/a/metrics.json")).hasContent("{\"accuracy\": 0.9}");
        assertThat(workingDirectory.resolve("downloads/b/model.json")).hasContent("{\"weights\": [1, 2]}");
        assertThat(workingDirectory.resolve("downloads/c/loss.csv")).exists();
    }

    @Test
    void progressReportedPerBatch() throws IOException {
        DownloadRequest request = new DownloadRequest("outputs", "downloads", null, 2, true);

        ArtifactDownloader.download(run, "iris", request, workingDirectory, listener);

        long total = sizeOfOutputs();
        long firstBatch = Files.size(run.outputs().resolve("metrics.json")) + Files.size(run.outputs().resolve("model.json"));
        assertThat(listener.downloads).containsExactly(
                new DownloadProgress(run.runId(), 2, 3, firstBatch, total),
                new DownloadProgress(run.runId(), 3, 3, total, total));
    }

    @Test
    void invalidRequestWritesNothing() {
        DownloadRequest request = new DownloadRequest("outputs", "downloads",
                List.of("ok.json", "../../escape.json", "third.csv"), 100, true);

        assertThatThrownBy(() -> ArtifactDownloader.download(run, "iris", request, workingDirectory, listener))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("output_paths[1]: '../../escape.json' contains '..'");
        assertThat(workingDirectory.resolve("downloads")).doesNotExist();
        assertThat(workingDirectory.resolve("escape.json")).doesNotExist();
        assertThat(listener.downloads).isEmpty();
    }

    @Test
    void existingFilesOverwritten() throws IOException {
        write(workingDirectory.resolve("downloads/model.json"), "stale");
        DownloadRequest request = new DownloadRequest("outputs", "downloads", null, 100, false);

        ArtifactDownloader.download(run, "iris", request, workingDirectory, listener);

        assertThat(workingDirectory.resolve("downloads/model.json")).hasContent("{\"weights\": [1, 2]}");
    }

    private long sizeOfOutputs() throws IOException {
        return Files.size(run.outputs().resolve("model.json"))
                + Files.size(run.outputs().resolve("metrics.json"))
                + Files.size(run.outputs().resolve("plots/loss.csv"));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
