package io.amlargs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void createSource() throws IOException {
        Files.writeString(folder.resolve("train.py"), "print('training')\n");
    }

    @Test
    void threeMistakesAreListedWithExitTwo() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                compute_type: AmlComputeCluster
                compute_args:
                  compute_name: cpu-cluster
                  min_nodes: 3
                  max_nodes: 2
                config_args:
                  source_directory: .
                  script: train.py
                is_download: "yes"
                show_outptu: true
                """);

        CommandResult result = CommandResult.execute("validate", job.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error [UNKNOWN_KEY] show_outptu:");
        assertThat(result.err()).contains("did you mean 'show_output'?");
        assertThat(result.err()).contains("error [MIN_NODES_LE_MAX_NODES] compute_args.");
        assertThat(result.err()).contains("error [WRONG_TYPE] is_download:");
        assertThat(result.err()).contains("is invalid: 3 errors, 0 warnings");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void validJobExitsZero() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: .
                  script: train.py
                """);

        CommandResult result = CommandResult.execute("validate", job.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("is valid: 0 errors, 0 warnings");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void workspaceJobWarnsThatRunNeedsLocalBackend() throws IOException {
        Path job = write("job.yaml", """
                workspace_args:
                  subscription_id: 00000000-0000-0000-0000-000000000000
                  resource_group: rg-iris
                  workspace_name: ws-iris
                experiment_args:
                  name: iris
                config_args:
                  source_directory: .
                  script: train.py
                """);

        CommandResult result = CommandResult.execute("validate", job.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("warning [NEEDS_LOCAL_BACKEND] workspace_args: workspace 'ws-iris' needs the Azure backend")
                .contains("--backend local")
                .contains("is valid: 0 errors, 1 warning");
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                environment_type: CondaPackageEnvironment
                environment_args:
                  name: old-python
                config_args:
                  source_directory: .
                  script: train.py
                """);

        CommandResult result = CommandResult.execute("validate", job.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("warning [PYTHON_END_OF_LIFE] environment_args.python_version:");
        assertThat(result.out()).contains("is valid: 0 errors, 1 warning");
    }

    @Test
    void secretIsRedactedInViolations() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                compute_type: AmlComputeCluster
                compute_args:
                  compute_name: cpu-cluster
                  admin_user_password: [s3cret-Passw0rd]
                config_args:
                  source_directory: .
                  script: train.py
                """);

        CommandResult result = CommandResult.execute("validate", job.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("compute_args.admin_user_password").contains("<redacted>");
        assertThat(result.err()).doesNotContain("s3cret-Passw0rd");
    }

    @Test
    void verboseSetsDebugOnlyForThatCommand() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: .
                  script: train.py
                """);
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

        CommandResult verbose = CommandResult.execute("validate", "--verbose", job.toString());

        assertThat(verbose.exitCode()).isZero();
        assertThat(root.getLevel()).isEqualTo(Level.DEBUG);

        CommandResult quiet = CommandResult.execute("validate", job.toString());

        assertThat(quiet.exitCode()).isZero();
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void validateWritesNothing() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: .
                  script: train.py
                is_download: true
                """);

        CommandResult result = CommandResult.execute("validate", job.toString());

        assertThat(result.exitCode()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("job.yaml", "train.py");
        }
    }

    @Test
    void missingJobFileExitsTwo() {
        CommandResult result = CommandResult.execute("validate", folder.resolve("absent.yaml").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error [FILE_NOT_FOUND]").contains("absent.yaml");
    }

    @Test
    void missingSourceDirectoryNamesKey() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: src
                  script: train.py
                """);

        CommandResult result = CommandResult.execute("validate", job.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error [PATH_NOT_FOUND] config_args.source_directory: directory 'src'");
    }

    @Test
    void missingJobArgumentIsUsageError() {
        CommandResult result = CommandResult.execute("validate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter: 'JOB'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownOptionIsUsageError() throws IOException {
        Path job = write("job.yaml", "experiment_args: {name: iris}\n");

        CommandResult result = CommandResult.execute("validate", "--strict", job.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--strict'");
    }

    @Test
    void helpGoesToStandardOutput() {
        CommandResult result = CommandResult.execute("validate", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: aml-args validate").contains("Exit codes:");
        assertThat(result.err()).isEmpty();
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
