package io.amlargs.runtime.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.amlargs.args.AmlComputeClusterArgs;
import io.amlargs.args.CondaPackageEnvironmentArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.runtime.ArtifactPaths;
import io.amlargs.runtime.AzureMlNames;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobDefinitionTest {

    private static final ExperimentArgs EXPERIMENT = ExperimentArgs.builder().name("iris").build();

    private static final ScriptRunConfigArgs CONFIG =
            ScriptRunConfigArgs.builder().sourceDirectory("src").script("train.py").build();

    @Test
    void builderSetsTypesFromVariants() {
        JobDefinition job = JobDefinition.builder()
                .experimentArgs(EXPERIMENT)
                .computeArgs(AmlComputeClusterArgs.builder().computeName("cpu-cluster").build())
                .environmentArgs(CondaPackageEnvironmentArgs.builder().name("env").pythonVersion("3.11").build())
                .configArgs(CONFIG)
                .build();

        assertThat(job.computeType()).isEqualTo("AmlComputeCluster");
        assertThat(job.environmentType()).isEqualTo("CondaPackageEnvironment");
    }

    @Test
    void builderDefaultsMatchJobFile() {
        JobDefinition job = JobDefinition.builder().experimentArgs(EXPERIMENT).configArgs(CONFIG).build();

        assertThat(job.isDownload()).isFalse();
        assertThat(job.downloadArgs()).isNull();
        assertThat(job.showOutput()).isTrue();
        assertThat(job.tags()).isEmpty();
        assertThat(job.isSklearnModel()).isFalse();
        assertThat(job.isDwcConnectionRequired()).isFalse();
        assertThat(job.hasWorkspace()).isFalse();
    }

    @Test
    void downloadWithoutArgsUsesDefaults() {
        JobDefinition job = JobDefinition.builder()
                .experimentArgs(EXPERIMENT).configArgs(CONFIG).download(null).build();

        assertThat(job.isDownload()).isTrue();
        assertThat(job.downloadArgs().prefix()).isEqualTo("outputs");
    }

    @Test
    void sklearnModelWithOtherFrameworkIsRejected() {
        JobDefinition.Builder builder = JobDefinition.builder()
                .experimentArgs(EXPERIMENT)
                .configArgs(CONFIG)
                .modelArgs(ModelArgs.builder().modelName("m").modelFramework("Onnx").build())
                .isSklearnModel(true);

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(ArgsValidationException.class, exception ->
                        assertThat(exception.violations()).extracting(Violation::id)
                                .containsExactly(JobViolationIds.SKLEARN_FRAMEWORK_CONFLICT));
    }

    @Test
    void dwcConnectionWithoutConfigFileIsRejected() {
        JobDefinition.Builder builder = JobDefinition.builder()
                .experimentArgs(EXPERIMENT).configArgs(CONFIG).isDwcConnectionRequired(true);

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(ArgsValidationException.class, exception ->
                        assertThat(exception.violations()).extracting(Violation::path)
                                .containsExactly("config_file_path"));
    }

    @Test
    void dwcConnectionWithConfigFileBuilds() {
        JobDefinition job = JobDefinition.builder()
                .experimentArgs(EXPERIMENT)
                .configArgs(CONFIG)
                .isDwcConnectionRequired(true)
                .configFilePath(Path.of("config.json"))
                .build();

        assertThat(job.configFilePath()).isEqualTo(Path.of("config.json"));
    }

    @Test
    void badNamesAndPathsAreRejectedTogether() {
        JobDefinition.Builder builder = JobDefinition.builder()
                .experimentArgs(ExperimentArgs.builder().name("../../escape").build())
                .configArgs(CONFIG)
                .modelArgs(ModelArgs.builder().modelName("bad name!/x").modelPath("/etc/passwd").build())
                .download(DownloadArgs.builder().outputPaths(List.of("../up.json", "a.json")).build());

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(ArgsValidationException.class, exception ->
                        assertThat(exception.violations()).extracting(Violation::id, Violation::path).containsExactly(
                                tuple(AzureMlNames.INVALID_EXPERIMENT_NAME, "experiment_args.name"),
                                tuple(AzureMlNames.INVALID_MODEL_NAME, "model_args.model_name"),
                                tuple(ArtifactPaths.INVALID_MODEL_PATH, "model_args.model_path"),
                                tuple(ArtifactPaths.INVALID_OUTPUT_PATH, "download_args.output_paths[0]")));
    }

    @Test
    void mismatchedComputeTypeIsRejected() {
        AmlComputeClusterArgs cluster = AmlComputeClusterArgs.builder().computeName("cpu-cluster").build();

        assertThatThrownBy(() -> new JobDefinition(null, EXPERIMENT, "AmlComputeInstance", cluster, null, null,
                CONFIG, false, null, true, Map.of(), null, null, false, null, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compute_type 'AmlComputeInstance'")
                .hasMessageContaining("'AmlComputeCluster'");
    }

    @Test
    void missingExperimentIsRejected() {
        JobDefinition.Builder builder = JobDefinition.builder().configArgs(CONFIG);

        assertThatThrownBy(builder::build)
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("experiment_args");
    }
}
