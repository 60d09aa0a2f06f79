package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCopierTest {

    @TempDir
    Path temporary;

    Path source;
    Path snapshot;
    Path storeRoot;

    @BeforeEach
    void createSource() throws IOException {
        source = Files.createDirectory(temporary.resolve("source"));
        snapshot = temporary.resolve("snapshot");
        storeRoot = source.resolve(".aml-args");
        write(source.resolve("train.py"), "print('train')\n");
        write(source.resolve("data/iris.csv"), "a,b\n1,2\n");
    }

    @Test
    void copiesNestedFiles() throws IOException {
        SnapshotCopier.Summary summary = SnapshotCopier.copy(source, snapshot, storeRoot, null, Set.of());

        assertThat(snapshot.resolve("train.py")).hasContent("print('train')");
        assertThat(snapshot.resolve("data/iris.csv")).hasContent("a,b\n1,2");
        assertThat(summary.files()).isEqualTo(2);
        assertThat(summary.bytes()).isEqualTo(Files.size(source.resolve("train.py")) + Files.size(source.resolve("data/iris.csv")));
    }

    @Test
    void skipsStoreOutputsAndGit() throws IOException {
        write(source.resolve(".aml-args/runs/old/run.json"), "{}");
        write(source.resolve("outputs/iris/old/model.json"), "{}");
        write(source.resolve(".git/HEAD"), "ref: refs/heads/main");
        write(source.resolve("vendor/lib/.git"), "gitdir: ../../.git/modules/lib");
        write(source.resolve("vendor/lib/outputs/kept.txt"), "nested outputs are ordinary source");

        SnapshotCopier.copy(source, snapshot, storeRoot, null, Set.of());

        assertThat(snapshot.resolve(".aml-args")).doesNotExist();
        assertThat(snapshot.resolve("outputs")).doesNotExist();
        assertThat(snapshot.resolve(".git")).doesNotExist();
        assertThat(snapshot.resolve("vendor/lib/.git")).doesNotExist();
        assertThat(snapshot.resolve("vendor/lib/outputs/kept.txt")).exists();
    }

    @Test
    void skipsConfiguredStoreInsideSource() throws IOException {
        Path customStore = source.resolve("cache/store");
        write(customStore.resolve("runs/old/run.json"), "{}");

        SnapshotCopier.copy(source, snapshot, customStore, null, Set.of());

        assertThat(snapshot.resolve("cache")).isDirectory();
        assertThat(snapshot.resolve("cache/store")).doesNotExist();
    }

    @Test
    void keepsExecutableBit() throws IOException {
        Path script = write(source.resolve("run.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(source.resolve("train.py"), PosixFilePermissions.fromString("rw-r-----"));

        SnapshotCopier.copy(source, snapshot, storeRoot, null, Set.of());

        assertThat(Files.getPosixFilePermissions(snapshot.resolve("run.sh")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE);
        assertThat(Files.getPosixFilePermissions(snapshot.resolve("train.py")))
                .doesNotContain(PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void copiesConfigFileIntoSnapshotOnly() throws IOException {
        Path configFile = write(temporary.resolve("connections/dwc.json"), "{\"server\": \"db\"}");

        SnapshotCopier.Summary summary = SnapshotCopier.copy(source, snapshot, storeRoot, configFile, Set.of());

        assertThat(snapshot.resolve("config.json")).hasContent("{\"server\": \"db\"}");
        assertThat(source.resolve("config.json")).doesNotExist();
        assertThat(summary.files()).isEqualTo(3);
    }

    @Test
    void keepsConfigJsonOfSource() throws IOException {
        write(source.resolve("config.json"), "{\"own\": true}");
        Path configFile = write(temporary.resolve("dwc.json"), "{\"server\": \"db\"}");

        SnapshotCopier.copy(source, snapshot, storeRoot, configFile, Set.of());

        assertThat(snapshot.resolve("config.json")).hasContent("{\"own\": true}");
    }

    @Test
    void followsSymbolicLinks() throws IOException {
        Path shared = write(temporary.resolve("shared/helpers.py"), "X = 1\n");
        Files.createSymbolicLink(source.resolve("helpers.py"), shared);
        Files.createSymbolicLink(source.resolve("shared"), shared.getParent());

        SnapshotCopier.copy(source, snapshot, storeRoot, null, Set.of());

        assertThat(snapshot.resolve("helpers.py")).isRegularFile().hasContent("X = 1");
        assertThat(Files.isSymbolicLink(snapshot.resolve("helpers.py"))).isFalse();
        assertThat(snapshot.resolve("shared/helpers.py")).isRegularFile();
    }

    @Test
    void leavesOutExcludedFiles() throws IOException {
        Path jobFile = write(source.resolve("job.yaml"), "admin_user_password: s3cret\n");
        Files.createSymbolicLink(source.resolve("data/job-link.yaml"), jobFile);

        SnapshotCopier.Summary summary = SnapshotCopier.copy(source, snapshot, storeRoot, null, Set.of(jobFile));

        assertThat(snapshot.resolve("job.yaml")).doesNotExist();
        assertThat(snapshot.resolve("data/job-link.yaml")).doesNotExist();
        assertThat(snapshot.resolve("train.py")).exists();
        assertThat(summary.files()).isEqualTo(2);
    }

    @Test
    void skipsBrokenSymbolicLink() throws IOException {
        Files.createSymbolicLink(source.resolve("missing.py"), temporary.resolve("nowhere.py"));

        SnapshotCopier.copy(source, snapshot, storeRoot, null, Set.of());

        assertThat(snapshot.resolve("missing.py")).doesNotExist();
        assertThat(snapshot.resolve("train.py")).exists();
    }

    @Test
    void linkLoopReported() throws IOException {
        Files.createSymbolicLink(source.resolve("data/loop"), source);

        assertThatThrownBy(() -> SnapshotCopier.copy(source, snapshot, storeRoot, null, Set.of()))
                .isInstanceOf(FileSystemLoopException.class)
                .hasMessageContaining("data/loop")
                .hasMessageContaining("remove the link");
    }

    @Test
    void missingSourceDirectoryRejected() {
        Path missing = temporary.resolve("missing");

        assertThatThrownBy(() -> SnapshotCopier.copy(missing, snapshot, storeRoot, null, Set.of()))
                .isInstanceOf(NotDirectoryException.class)
                .hasMessageContaining("config_args.source_directory '" + missing + "' is not a directory");
        assertThat(snapshot).doesNotExist();
    }

    @Test
    void missingConfigFileRejected() {
        Path missing = temporary.resolve("dwc.json");

        assertThatThrownBy(() -> SnapshotCopier.copy(source, snapshot, storeRoot, missing, Set.of()))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("config_file_path is not a file");
        assertThat(snapshot).doesNotExist();
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
