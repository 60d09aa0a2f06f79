package io.amlargs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final Pattern RUN_ID = Pattern.compile("Run id: +(\\S+)");

    private static final String TINY_JOB = """
            experiment_args:
              name: tiny
            config_args:
              source_directory: src
              script: train.py
              arguments: [--label, two words, --rate, 0.10]
            is_download: true
            model_args:
              model_name: tiny-model
              model_path: outputs/model.txt
            """;

    private static final String WORKSPACE = """
            workspace_args:
              subscription_id: 00000000-0000-0000-0000-000000000000
              resource_group: rg-iris
              workspace_name: ws-iris
            """;

    @TempDir
    Path folder;

    private Path workingDirectory;
    private Path store;

    @BeforeEach
    void createSource() throws IOException {
        Files.createDirectories(folder.resolve("src"));
        Files.writeString(folder.resolve("src/train.py"), """
                import os, sys
                print("arguments:", sys.argv[1:])
                os.makedirs("outputs", exist_ok=True)
                with open("outputs/model.txt", "w") as model:
                    model.write("weights\\n")
                """);
        Files.writeString(folder.resolve("src/config_reader.py"), """
                with open("config.json") as config:
                    print("config:", config.read().strip())
                """);
        Files.writeString(folder.resolve("src/fail.py"), """
                print("about to fail")
                raise SystemExit(3)
                """);
        workingDirectory = Files.createDirectories(folder.resolve("work"));
        store = folder.resolve("store");
    }

    @Test
    void tinyJobRunsEndToEnd() throws IOException {
        Path job = write("job.yaml", TINY_JOB);

        CommandResult first = run(job);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("arguments: ['--label', 'two words', '--rate', '0.10']");
        assertThat(first.out()).contains("Status:     Completed");
        assertThat(first.out()).contains("Exit code:  0");
        assertThat(first.out()).contains("Model:      tiny-model version 1");
        assertThat(first.err()).contains("Downloaded 1 of 1 file (8 B of 8 B)");

        String runId = runId(first);
        Path downloaded = workingDirectory.resolve("outputs/tiny").resolve(runId).resolve("outputs/model.txt");
        assertThat(downloaded).hasContent("weights");
        assertThat(first.out()).contains("Outputs:    " + workingDirectory.resolve("outputs/tiny").resolve(runId)
                + " (1 file, 8 B)");
        assertThat(store.resolve("runs").resolve(runId).resolve("run.json")).exists();

        CommandResult second = run(job);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Model:      tiny-model version 2");
        assertThat(runId(second)).isNotEqualTo(runId);
    }

    @Test
    void failingScriptExitsOne() throws IOException {
        Path job = write("job.yaml", TINY_JOB.replace("script: train.py", "script: fail.py"));

        CommandResult result = run(job);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("about to fail");
        assertThat(result.out()).contains("Status:     Failed");
        assertThat(result.out()).contains("Exit code:  3");
        assertThat(result.out()).doesNotContain("Model:").doesNotContain("Outputs:");
        assertThat(workingDirectory.resolve("outputs")).doesNotExist();
        Path log = store.resolve("runs").resolve(runId(result)).resolve("logs/std_log.txt");
        assertThat(result.out()).contains("Error:      'python3' exited with code 3; see the log " + log);
        assertThat(log).content().contains("about to fail");
    }

    @Test
    void badOutputPathsRunNothing() throws IOException {
        Path job = write("job.yaml", TINY_JOB.replace("is_download: true", """
                is_download: true
                download_args:
                  output_paths: [/tmp/model.txt, ../model.txt]"""));

        CommandResult validate = CommandResult.execute("validate", job.toString());
        CommandResult result = run(job);

        for (CommandResult command : List.of(validate, result)) {
            assertThat(command.exitCode()).isEqualTo(2);
            assertThat(command.err())
                    .contains("error [INVALID_OUTPUT_PATH] download_args.output_paths[0]: '/tmp/model.txt' is absolute")
                    .contains("error [INVALID_OUTPUT_PATH] download_args.output_paths[1]: '../model.txt' contains '..'")
                    .contains("is invalid: 2 errors");
        }
        assertThat(result.out()).isEmpty();
        assertThat(store).doesNotExist();
        assertThat(workingDirectory).isEmptyDirectory();
    }

    @Test
    void badNamesAndModelPathRunNothing() throws IOException {
        Path job = write("job.yaml", TINY_JOB
                .replace("model_name: tiny-model", "model_name: \"bad name!/x\"")
                .replace("name: tiny", "name: bad name with spaces!")
                .replace("model_path: outputs/model.txt", "model_path: /etc/passwd"));

        CommandResult validate = CommandResult.execute("validate", job.toString());
        CommandResult result = run(job);

        for (CommandResult command : List.of(validate, result)) {
            assertThat(command.exitCode()).isEqualTo(2);
            assertThat(command.err())
                    .contains("error [INVALID_EXPERIMENT_NAME] experiment_args.name: invalid experiment name"
                            + " 'bad name with spaces!'")
                    .contains("error [INVALID_MODEL_NAME] model_args.model_name: invalid model name 'bad name!/x'")
                    .contains("error [INVALID_MODEL_PATH] model_args.model_path: '/etc/passwd' is absolute")
                    .contains("is invalid: 3 errors");
        }
        assertThat(store).doesNotExist();
        assertThat(workingDirectory).isEmptyDirectory();
    }

    @Test
    void escapingExperimentNameRunsNothing() throws IOException {
        Path job = write("job.yaml", TINY_JOB.replace("name: tiny", "name: ../../escape"));

        CommandResult validate = CommandResult.execute("validate", job.toString());
        CommandResult result = run(job);

        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("error [INVALID_EXPERIMENT_NAME] experiment_args.name");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error [INVALID_EXPERIMENT_NAME] experiment_args.name");
        assertThat(store).doesNotExist();
        assertThat(folder.resolve("escape")).doesNotExist();
    }

    @Test
    void missingModelArtifactExitsOne() throws IOException {
        Path job = write("job.yaml",
                TINY_JOB.replace("model_path: outputs/model.txt", "model_path: outputs/absent.pkl"));

        CommandResult result = run(job);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Status:     Completed").contains("Outputs:    ");
        assertThat(result.err())
                .contains("error: run " + runId(result)
                        + " completed, but the registration of model 'tiny-model' failed:")
                .contains("error [MODEL_PATH_NOT_FOUND] model_args.model_path: 'outputs/absent.pkl'")
                .doesNotContain("is invalid");
    }

    @Test
    void outputPathsCountMismatchExitsOne() throws IOException {
        Path job = write("job.yaml", TINY_JOB.replace("is_download: true", """
                is_download: true
                download_args:
                  output_paths: [first.txt, second.txt]"""));

        CommandResult result = run(job);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Status:     Completed").doesNotContain("Model:");
        assertThat(result.err())
                .contains("completed, but the download of its outputs failed:")
                .contains("error [OUTPUT_PATHS_COUNT] download_args.output_paths: 2 paths given but prefix 'outputs'"
                        + " matches 1 artifact [outputs/model.txt]");
        assertThat(workingDirectory.resolve("outputs")).doesNotExist();
    }

    @Test
    void unmatchedPrefixIsReportedAsNoOutputs() throws IOException {
        Path job = write("job.yaml", TINY_JOB.replace("is_download: true", """
                is_download: true
                download_args:
                  prefix: checkpoints"""));

        CommandResult result = run(job);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Outputs:    none (warning: no artifact of the run matched"
                        + " download_args.prefix 'checkpoints')");
        assertThat(workingDirectory.resolve("outputs")).doesNotExist();
    }

    @Test
    void jobFileWithSecretStaysOutOfSnapshot() throws IOException {
        String password = "s3cret-Passw0rd-in-job";
        Path job = Files.writeString(folder.resolve("src/job.yaml"), TINY_JOB.replace("source_directory: src",
                "source_directory: .") + """
                compute_type: AmlComputeCluster
                compute_args:
                  compute_name: cpu-cluster
                  admin_username: azureuser
                  admin_user_password: %s
                """.formatted(password));

        CommandResult result = run(job);

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path snapshot = store.resolve("runs").resolve(runId(result)).resolve("snapshot");
        assertThat(snapshot.resolve("train.py")).exists();
        assertThat(snapshot.resolve("job.yaml")).doesNotExist();
        assertThat(filesContaining(store, password)).isEmpty();
        assertThat(filesContaining(workingDirectory, password)).isEmpty();
        assertThat(result.out()).doesNotContain(password);
        assertThat(result.err()).doesNotContain(password);
    }

    @Test
    void configFileReachesSnapshotOnly() throws IOException {
        Files.writeString(folder.resolve("dwc.json"), "{\"server\": \"db\"}\n");
        Path job = write("job.yaml", """
                experiment_args:
                  name: tiny
                config_args:
                  source_directory: src
                  script: config_reader.py
                config_file_path: dwc.json
                is_dwc_connection_required: true
                """);

        CommandResult result = run(job);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("config: {\"server\": \"db\"}");
        assertThat(folder.resolve("src/config.json")).doesNotExist();
    }

    @Test
    void secretNeverReachesOutput() throws IOException {
        Path job = write("job.yaml", TINY_JOB + """
                compute_type: AmlComputeCluster
                compute_args:
                  compute_name: cpu-cluster
                  admin_username: azureuser
                  admin_user_password: s3cret-Passw0rd
                """);

        // Logback's console appender writes to whatever System.err is at the time of each event.
        PrintStream standardError = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        CommandResult result;
        try {
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
            result = run(job, "--verbose");
        } finally {
            System.setErr(standardError);
        }

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("s3cret-Passw0rd");
        assertThat(result.err()).doesNotContain("s3cret-Passw0rd");
        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("DEBUG").doesNotContain("s3cret-Passw0rd");
        String runJson = Files.readString(store.resolve("runs").resolve(runId(result)).resolve("run.json"));
        assertThat(runJson).doesNotContain("s3cret-Passw0rd").contains("<redacted>");
    }

    @Test
    void hiddenOutputIsNotPrinted() throws IOException {
        Path job = write("job.yaml", TINY_JOB + "show_output: false\n");

        CommandResult result = run(job);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("arguments:");
        assertThat(result.out()).contains("Status:     Completed");
    }

    @Test
    void invalidJobRunsNothing() throws IOException {
        Path job = write("job.yaml", TINY_JOB + "show_outptu: true\nis_sklearn_model: maybe\n");

        CommandResult result = run(job);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error [UNKNOWN_KEY] show_outptu:");
        assertThat(result.err()).contains("error [WRONG_TYPE] is_sklearn_model:");
        assertThat(result.out()).isEmpty();
        assertThat(store).doesNotExist();
        assertThat(workingDirectory).isEmptyDirectory();
    }

    @Test
    void missingScriptRunsNothing() throws IOException {
        Path job = write("job.yaml", TINY_JOB.replace("script: train.py", "script: absent.py"));

        CommandResult result = run(job);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error [SCRIPT_NOT_FOUND] config_args.script:");
        assertThat(store).doesNotExist();
    }

    @Test
    void workspaceWithoutBackendIsRejected() throws IOException {
        Path job = write("job.yaml", TINY_JOB + WORKSPACE);

        CommandResult result = run(job);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'ws-iris'").contains("Azure backend is not available");
        assertThat(result.err()).contains("--backend local");
        assertThat(store).doesNotExist();
    }

    @Test
    void workspaceRunsWithLocalBackend() throws IOException {
        Path job = write("job.yaml", TINY_JOB + WORKSPACE);

        CommandResult result = run(job, "--backend", "local");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Status:     Completed");
        assertThat(result.err()).contains("does not connect to workspace 'ws-iris'");
    }

    @Test
    void unknownBackendIsUsageError() throws IOException {
        Path job = write("job.yaml", TINY_JOB);

        CommandResult result = run(job, "--backend", "azure");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--backend").contains("local");
        assertThat(store).doesNotExist();
    }

    @Test
    void missingJobFileExitsTwo() {
        CommandResult result = run(folder.resolve("absent.yaml"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error [FILE_NOT_FOUND]");
    }

    @Test
    void helpListsOptionsAndExitCodes() {
        CommandResult result = CommandResult.execute("run", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--store=DIR").contains("--backend=NAME").contains("130");
    }

    private CommandResult run(Path job, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "run";
        args[1] = job.toString();
        args[2] = "--store";
        args[3] = store.toString();
        args[4] = "--working-directory";
        args[5] = workingDirectory.toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return CommandResult.execute(args);
    }

    private static String runId(CommandResult result) {
        Matcher matcher = RUN_ID.matcher(result.out());
        assertThat(matcher.find()).as(result.out()).isTrue();
        return matcher.group(1);
    }

    private static List<Path> filesContaining(Path folder, String text) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, text)).toList();
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
