package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.ResourceConfiguration;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import io.amlargs.validation.ArgsValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {

    @TempDir
    Path workingDirectory;

    LocalStore store;
    ModelRegistry registry;
    RunLayout run;
    RunRecord runRecord;

    @BeforeEach
    void createRunWithModel() throws IOException {
        store = LocalStore.inWorkingDirectory(workingDirectory);
        registry = new ModelRegistry(store);
        run = store.createRun("iris", Instant.now());
        runRecord = new RunRecord(run.runId(), "iris", RunStatus.COMPLETED, 0, null, null, null,
                Map.of(), null, Map.of(), Map.of(), Map.of(), "local");
        store.writeRecord(run, runRecord);

        write(run.outputs().resolve("model.json"), "{\"weights\": [1, 2]}");
        write(run.outputs().resolve("bundle/weights.bin"), "0101");
        write(run.outputs().resolve("bundle/config/labels.txt"), "setosa\n");
    }

    @Test
    void registersFileWithEveryField() throws IOException {
        ModelRegistration registration = new ModelRegistration("iris-classifier", "outputs/model.json",
                Map.of("data", "iris.csv"), Map.of("accuracy", "0.97"), "Softmax regression", "Custom", "1.0",
                List.of(Map.of("relationship", "training", "dataset", Map.of("name", "iris", "version", 2))),
                Map.of("name", "iris-sample"), Map.of("name", "iris-predictions"),
                new ResourceConfiguration(0.5, 1.5, 0), Map.of("child_paths", List.of("model.json")));

        ModelVersion model = registry.register(run, runRecord, registration);

        assertThat(model.version()).isEqualTo(1);
        assertThat(model.runId()).isEqualTo(run.runId());
        assertThat(model.experiment()).isEqualTo("iris");
        assertThat(model.modelPath()).isEqualTo("outputs/model.json");
        assertThat(model.files()).containsExactly("files/model.json");
        assertThat(model.createdTime()).isNotNull();
        assertThat(registry.read("iris-classifier", 1)).isEqualTo(model);
        Path versionDirectory = store.modelsDirectory().resolve("iris-classifier/1");
        assertThat(versionDirectory.resolve("files/model.json")).hasContent("{\"weights\": [1, 2]}");
        assertThat(versionDirectory.resolve("model.json")).content().contains("\"framework\" : \"Custom\"");
    }

    @Test
    void registersFolderKeepingItsName() throws IOException {
        ModelVersion model = registry.register(run, runRecord, ModelRegistration.of("bundle-model", "outputs/bundle/"));

        assertThat(model.modelPath()).isEqualTo("outputs/bundle");
        assertThat(model.files()).containsExactly("files/bundle/config/labels.txt", "files/bundle/weights.bin");
        assertThat(store.modelsDirectory().resolve("bundle-model/1/files/bundle/weights.bin")).hasContent("0101");
    }

    @Test
    void modelNameIsDefaultPath() throws IOException {
        write(run.directory().resolve("outputs/named.pkl"), "pickle");

        ModelVersion model = registry.register(run, runRecord, ModelRegistration.of("outputs", null));

        assertThat(model.modelPath()).isEqualTo("outputs");
        assertThat(model.files()).contains("files/outputs/model.json", "files/outputs/named.pkl");
    }

    @Test
    void versionsCountUpPerName() throws IOException {
        ModelRegistration first = ModelRegistration.of("iris-classifier", "outputs/model.json");

        int version1 = registry.register(run, runRecord, first).version();
        int version2 = registry.register(run, runRecord, first).version();
        int otherName = registry.register(run, runRecord, ModelRegistration.of("other", "outputs/model.json")).version();

        assertThat(List.of(version1, version2, otherName)).containsExactly(1, 2, 1);
    }

    @Test
    void missingModelPathListsArtifacts() {
        ModelRegistration registration = ModelRegistration.of("iris-classifier", null);

        assertThatThrownBy(() -> registry.register(run, runRecord, registration))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("[MODEL_PATH_NOT_FOUND] model_args.model_path: 'iris-classifier' is not a file or folder"
                        + " among the artifacts of run " + run.runId())
                .hasMessageContaining("outputs/model.json");
        assertThat(store.modelsDirectory().resolve("iris-classifier")).doesNotExist();
    }

    @Test
    void modelPathOutsideRunRejected() {
        assertThatThrownBy(() -> registry.register(run, runRecord, ModelRegistration.of("m", "outputs/../run.json")))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("[INVALID_MODEL_PATH] model_args.model_path: 'outputs/../run.json' contains '..'");
        assertThatThrownBy(() -> registry.register(run, runRecord, ModelRegistration.of("m", "/etc/passwd")))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("[INVALID_MODEL_PATH] model_args.model_path: '/etc/passwd' is absolute");
    }

    @Test
    void snapshotFilesAreNotArtifacts() throws IOException {
        write(run.snapshot().resolve("train.py"), "print()");

        assertThatThrownBy(() -> registry.register(run, runRecord, ModelRegistration.of("m", "snapshot/train.py")))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("is not a file or folder among the artifacts");
    }

    @Test
    void invalidModelNameRejected() {
        assertThatThrownBy(() -> registry.register(run, runRecord, ModelRegistration.of("../escape", "outputs/model.json")))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("[INVALID_MODEL_NAME] model_args.model_name: invalid model name '../escape'");
    }

    @Test
    void readOfMissingVersionFails() {
        assertThatThrownBy(() -> registry.read("iris-classifier", 3))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("model 'iris-classifier' has no version 3");
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
