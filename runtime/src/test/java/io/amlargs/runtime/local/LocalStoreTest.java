package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import io.amlargs.validation.ArgsValidationException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

    @TempDir
    Path workingDirectory;

    @Test
    void defaultStoreIsInWorkingDirectory() {
        LocalStore store = LocalStore.inWorkingDirectory(workingDirectory);

        assertThat(store.root()).isEqualTo(workingDirectory.resolve(".aml-args").toAbsolutePath());
        assertThat(store.runsDirectory()).isEqualTo(store.root().resolve("runs"));
        assertThat(store.modelsDirectory()).isEqualTo(store.root().resolve("models"));
    }

    @Test
    void createRunMakesRunFolders() throws Exception {
        LocalStore store = new LocalStore(workingDirectory.resolve("store"));

        RunLayout layout = store.createRun("iris", Instant.ofEpochSecond(1_718_000_000L));

        assertThat(layout.directory().getParent()).isEqualTo(store.runsDirectory());
        assertThat(layout.runId()).startsWith("iris_1718000000_");
        assertThat(layout.outputs()).isDirectory();
        assertThat(layout.logs()).isDirectory();
        assertThat(layout.standardLog()).isEmptyFile();
        assertThat(layout.snapshot()).doesNotExist();
    }

    @Test
    void runFindsStoredRecord() throws Exception {
        LocalStore store = new LocalStore(workingDirectory);
        RunLayout created = store.createRun("iris", Instant.now());
        RunRecord record = new RunRecord(created.runId(), "iris", RunStatus.COMPLETED, 0, null, null, null,
                Map.of(), null, Map.of(), Map.of(), Map.of(), "local");
        store.writeRecord(created, record);

        RunLayout found = store.run(created.runId());

        assertThat(found).isEqualTo(created);
        assertThat(store.readRecord(found)).isEqualTo(record);
    }

    @Test
    void runWithoutRecordNotFound() throws Exception {
        LocalStore store = new LocalStore(workingDirectory);
        RunLayout created = store.createRun("iris", Instant.now());

        assertThatThrownBy(() -> store.run(created.runId()))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("run '" + created.runId() + "' not found in the local store");
    }

    @Test
    void runIdWithPathSegmentsRejected() {
        LocalStore store = new LocalStore(workingDirectory);

        assertThatThrownBy(() -> store.run("../outside"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid run id '../outside'");
    }

    @Test
    void modelDirectoryRejectsPathSegments() {
        LocalStore store = new LocalStore(workingDirectory);

        assertThat(store.modelDirectory("iris-classifier")).isEqualTo(store.modelsDirectory().resolve("iris-classifier"));
        assertThatThrownBy(() -> store.modelDirectory("../x"))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("model_args.model_name: invalid model name '../x'");
        assertThat(Files.exists(store.modelsDirectory())).isFalse();
    }
}
