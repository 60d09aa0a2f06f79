package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownloadPlanTest {

    private static final Path OUTPUT_DIRECTORY = Path.of("/work/outputs/iris/run_1");

    private static final List<String> ARTIFACTS = List.of(
            "logs/std_log.txt",
            "outputs/metrics.json",
            "outputs/model/weights.bin",
            "outputs2/other.txt");

    @Test
    void defaultPrefixSelectsOutputsFolder() {
        DownloadPlan plan = DownloadPlan.of(ARTIFACTS, DownloadRequest.defaults(), OUTPUT_DIRECTORY);

        assertThat(plan.transfers()).containsExactly(
                transfer("outputs/metrics.json", "outputs/metrics.json"),
                transfer("outputs/model/weights.bin", "outputs/model/weights.bin"));
    }

    @Test
    void prefixWithoutAppendIsStripped() {
        DownloadRequest request = new DownloadRequest("outputs/", null, null, 100, false);

        DownloadPlan plan = DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY);

        assertThat(plan.transfers()).containsExactly(
                transfer("outputs/metrics.json", "metrics.json"),
                transfer("outputs/model/weights.bin", "model/weights.bin"));
    }

    @Test
    void prefixNamingFileKeepsFileName() {
        DownloadRequest request = new DownloadRequest("outputs/metrics.json", null, null, 100, false);

        DownloadPlan plan = DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY);

        assertThat(plan.transfers()).containsExactly(transfer("outputs/metrics.json", "metrics.json"));
    }

    @Test
    void emptyPrefixSelectsEveryArtifact() {
        DownloadRequest request = new DownloadRequest("", null, null, 100, true);

        DownloadPlan plan = DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY);

        assertThat(plan.transfers()).extracting(DownloadPlan.Transfer::artifact).containsExactlyElementsOf(ARTIFACTS);
    }

    @Test
    void outputPathsReplaceArtifactPaths() {
        DownloadRequest request = new DownloadRequest("outputs", null, List.of("m.json", "weights/w.bin"), 100, false);

        DownloadPlan plan = DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY);

        assertThat(plan.transfers()).containsExactly(
                transfer("outputs/metrics.json", "m.json"),
                transfer("outputs/model/weights.bin", "weights/w.bin"));
    }

    @Test
    void outputPathsCountMustMatch() {
        DownloadRequest request = new DownloadRequest("outputs", null, List.of("m.json"), 100, true);

        assertThatThrownBy(() -> DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("download_args.output_paths lists 1 path(s) but prefix 'outputs' matches 2 artifact(s)"
                        + " [outputs/metrics.json, outputs/model/weights.bin]");
    }

    @Test
    void everyProblemReportedAtOnce() {
        DownloadRequest request = new DownloadRequest("outputs", null,
                Arrays.asList("../escape.json", "/etc/passwd", "a.json", "./a.json", null), 0, true);

        assertThatThrownBy(() -> DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("download_args.batch_size must be 1 or more, got 0")
                .hasMessageContaining("output_paths lists 5 path(s) but prefix 'outputs' matches 2 artifact(s)")
                .hasMessageContaining("output_paths[0] '../escape.json' leads outside output_directory")
                .hasMessageContaining("output_paths[1] '/etc/passwd' is absolute")
                .hasMessageContaining("output_paths[3] './a.json' is the same file as output_paths[2]")
                .hasMessageContaining("output_paths[4] 'null' is empty");
    }

    @Test
    void outputPathsMustBeUnique() {
        DownloadRequest request = new DownloadRequest("outputs", null, List.of("same.json", "same.json"), 100, true);

        assertThatThrownBy(() -> DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output_paths[1] 'same.json' is the same file as output_paths[0]");
    }

    @Test
    void outputPathOfOutputDirectoryItselfRejected() {
        DownloadRequest request = new DownloadRequest("outputs", null, List.of("sub/..", "b.json"), 100, true);

        assertThatThrownBy(() -> DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output_paths[0] 'sub/..' leads outside output_directory");
    }

    @Test
    void unmatchedPrefixPlansNothing() {
        DownloadRequest request = new DownloadRequest("checkpoints", null, null, 100, true);

        assertThat(DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY).transfers()).isEmpty();
    }

    private static DownloadPlan.Transfer transfer(String artifact, String target) {
        return new DownloadPlan.Transfer(artifact, OUTPUT_DIRECTORY.resolve(target));
    }
}
