package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.amlargs.runtime.ArtifactPaths;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import io.amlargs.validation.ViolationIds;
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
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("[OUTPUT_PATHS_COUNT] download_args.output_paths: 1 path given but prefix"
                        + " 'outputs' matches 2 artifacts [outputs/metrics.json, outputs/model/weights.bin]");
    }

    @Test
    void countMessageUsesSingularForOneArtifact() {
        DownloadRequest request = new DownloadRequest("outputs/metrics.json", null, List.of("a", "b"), 100, true);

        assertThatThrownBy(() -> DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("2 paths given but prefix 'outputs/metrics.json' matches 1 artifact"
                        + " [outputs/metrics.json]");
    }

    @Test
    void everyProblemReportedAtOnce() {
        DownloadRequest request = new DownloadRequest("outputs", null,
                Arrays.asList("../escape.json", "/etc/passwd", "a.json", "./a.json", null), 0, true);

        ArgsValidationException exception = catchThrowableOfType(ArgsValidationException.class,
                () -> DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY));

        assertThat(exception.violations()).extracting(Violation::id, Violation::path).containsExactly(
                tuple(ViolationIds.BELOW_MINIMUM, "download_args.batch_size"),
                tuple(ArtifactPaths.INVALID_OUTPUT_PATH, "download_args.output_paths[0]"),
                tuple(ArtifactPaths.INVALID_OUTPUT_PATH, "download_args.output_paths[1]"),
                tuple(ArtifactPaths.DUPLICATE_OUTPUT_PATH, "download_args.output_paths[3]"),
                tuple(ArtifactPaths.INVALID_OUTPUT_PATH, "download_args.output_paths[4]"),
                tuple(LocalViolationIds.OUTPUT_PATHS_COUNT, "download_args.output_paths"));
        assertThat(exception.getMessage())
                .contains("'../escape.json' contains '..'")
                .contains("'/etc/passwd' is absolute")
                .contains("'./a.json' names the same file as output_paths[2] 'a.json'")
                .contains("output_paths[4]: the entry is null");
    }

    @Test
    void repeatedOutputPathIsRejected() {
        DownloadRequest request = new DownloadRequest("outputs", null, List.of("same.json", "same.json"), 100, true);

        assertThatThrownBy(() -> DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("[DUPLICATE_ITEM] download_args.output_paths[1]: 'same.json' appears more than once");
    }

    @Test
    void outputPathOfOutputDirectoryItselfRejected() {
        DownloadRequest request = new DownloadRequest("outputs", null, List.of("./", "b.json"), 100, true);

        assertThatThrownBy(() -> DownloadPlan.of(ARTIFACTS, request, OUTPUT_DIRECTORY))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("output_paths[0]: './' names no file");
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
