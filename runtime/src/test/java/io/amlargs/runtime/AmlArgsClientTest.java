package io.amlargs.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.amlargs.args.AmlComputeClusterArgs;
import io.amlargs.args.CondaPackageEnvironmentArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ResourceConfigArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.args.WorkspaceArgs;
import io.amlargs.runtime.backend.ComputeTarget;
import io.amlargs.runtime.backend.Environment;
import io.amlargs.runtime.backend.Experiment;
import io.amlargs.runtime.backend.RunRequest;
import io.amlargs.runtime.local.LocalBackend;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class AmlArgsClientTest {

    private static final String PASSWORD = "Adm1n-Passw0rd-value";

    @TempDir
    Path workingDirectory;

    Path source;
    List<String> outputLines = new CopyOnWriteArrayList<>();
    List<String> messages = new CopyOnWriteArrayList<>();
    ProgressListener listener = new ProgressListener() {
        @Override
        public void onMessage(String message) {
            messages.add(message);
        }

        @Override
        public void onOutputLine(String runId, String line) {
            outputLines.add(line);
        }
    };

    @BeforeEach
    void writeTrainingScript() throws IOException {
        source = Files.createDirectories(workingDirectory.resolve("src"));
        Files.writeString(source.resolve("train.py"), """
                import json, os, sys
                os.makedirs('outputs', exist_ok=True)
                with open('outputs/model.json', 'w') as f:
                    json.dump({'arguments': sys.argv[1:]}, f)
                print('trained with', sys.argv[1:])
                """);
    }

    @Test
    void workflowRunsDownloadsAndRegisters() throws Exception {
        AmlArgsClient client = client();

        Experiment experiment = client.experiment(ExperimentArgs.builder().name("iris").build());
        ComputeTarget compute = client.compute(cluster());
        Environment environment = client.environment(CondaPackageEnvironmentArgs.builder().name("iris-env").build());
        Run run = client.submit(RunRequest.builder(experiment, configArgs(List.of("--seed", "42")))
                .compute(compute)
                .environment(environment)
                .tags(Map.of("sample", "iris"))
                .build());
        RunRecord record = run.waitForCompletion();
        DownloadResult download = client.download(run.id(), DownloadArgs.builder().build());
        ModelVersion model = client.registerModel(run.id(),
                ModelArgs.builder().modelName("iris-classifier").modelPath("outputs/model.json").build(),
                ResourceConfigArgs.builder().cpu(0.5).memoryInGb(1.0).build(), false);

        assertThat(client.backendName()).isEqualTo("local");
        assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(record.tags()).containsEntry("sample", "iris");
        assertThat(outputLines).containsExactly("trained with ['--seed', '42']");
        assertThat(messages).anyMatch(message -> message.contains("runs locally with 'python3'")
                && message.contains("instead of provisioning compute 'cpu-cluster' (AmlComputeCluster)")
                && message.contains("building environment 'iris-env' (CondaPackageEnvironment)"));
        assertThat(download.files()).containsExactly(
                workingDirectory.resolve("outputs/iris").resolve(run.id()).resolve("outputs/model.json"));
        assertThat(model.version()).isEqualTo(1);
        assertThat(model.resourceConfiguration()).isEqualTo(new ResourceConfiguration(0.5, 1.0, null));
        assertThat(model.framework()).isNull();
    }

    @Test
    void runRecordStoresRedactedArgs() throws Exception {
        AmlArgsClient client = client();
        Experiment experiment = client.experiment(ExperimentArgs.builder().name("iris").build());

        Run run = client.submit(RunRequest.builder(experiment, configArgs(List.of()))
                .compute(client.compute(cluster()))
                .build());
        RunRecord record = run.waitForCompletion();

        Path runJson = workingDirectory.resolve(".aml-args/runs").resolve(run.id()).resolve("run.json");
        assertThat(runJson).content().doesNotContain(PASSWORD).contains("<redacted>");
        assertThat(record.toString()).doesNotContain(PASSWORD);
        assertThat(record.args()).containsKey("config_args");
        assertThat(record.compute()).containsEntry("compute_type", "AmlComputeCluster")
                .containsEntry("provisioned", false);
        assertThat(record.environment()).isEmpty();
        assertThat(run.toString()).isEqualTo("LocalRun[id=" + run.id() + ", experiment=iris, status=Completed]");
    }

    @Test
    void hiddenOutputStillLogged() throws Exception {
        AmlArgsClient client = client();
        Experiment experiment = client.experiment(ExperimentArgs.builder().name("iris").build());

        Run run = client.submit(RunRequest.builder(experiment, configArgs(List.of())).showOutput(false).build());
        run.waitForCompletion();

        assertThat(outputLines).isEmpty();
        assertThat(workingDirectory.resolve(".aml-args/runs").resolve(run.id()).resolve("logs/std_log.txt"))
                .content().contains("trained with []");
    }

    @Test
    void invalidSubmitListsEveryViolation() throws IOException {
        AmlArgsClient client = client();
        ScriptRunConfigArgs configArgs = ScriptRunConfigArgs.builder()
                .sourceDirectory(source.toString())
                .script("missing.py")
                .build();
        RunRequest request = RunRequest.builder(new Experiment("bad name"), configArgs)
                .configFilePath(workingDirectory.resolve("dwc.json"))
                .build();

        ArgsValidationException exception = catchThrowableOfType(ArgsValidationException.class,
                () -> client.submit(request));

        assertThat(exception.violations()).extracting(Violation::path)
                .containsExactly("experiment_args.name", "config_args.script", "config_file_path");
        assertThat(workingDirectory.resolve(".aml-args/runs")).doesNotExist();
    }

    @Test
    void sklearnModelTakesProbedVersion() throws Exception {
        Path modules = Files.createDirectories(workingDirectory.resolve("modules/sklearn"));
        Files.writeString(modules.resolve("__init__.py"), "__version__ = '1.5.0'\n");
        AmlArgsClient client = new AmlArgsClientBuilder()
                .backend(LocalBackend.builder()
                        .workingDirectory(workingDirectory)
                        .environmentVariables(Map.of("PYTHONPATH", modules.getParent().toString()))
                        .build())
                .buildClient();
        Run run = submitTraining(client);

        ModelVersion probed = client.registerModel(run.id(),
                ModelArgs.builder().modelName("iris").modelPath("outputs/model.json").build(), null, true);
        ModelVersion given = client.registerModel(run.id(),
                ModelArgs.builder().modelName("iris").modelPath("outputs/model.json").modelFrameworkVersion("0.24").build(),
                null, true);

        assertThat(probed.framework()).isEqualTo("ScikitLearn");
        assertThat(probed.frameworkVersion()).isEqualTo("1.5.0");
        assertThat(given.frameworkVersion()).isEqualTo("0.24");
    }

    @Test
    void sklearnModelRejectsOtherFramework() throws Exception {
        AmlArgsClient client = client();
        Run run = submitTraining(client);
        ModelArgs modelArgs = ModelArgs.builder().modelName("iris").modelPath("outputs/model.json")
                .modelFramework("TensorFlow").build();

        ArgsValidationException exception = catchThrowableOfType(ArgsValidationException.class,
                () -> client.registerModel(run.id(), modelArgs, null, true));

        assertThat(exception.violations()).extracting(Violation::id, Violation::path)
                .containsExactly(tuple("SKLEARN_FRAMEWORK_CONFLICT", "model_args.model_framework"));
        assertThat(workingDirectory.resolve(".aml-args/models")).doesNotExist();
    }

    @Test
    void workspaceNeedsChosenBackend() {
        WorkspaceArgs workspaceArgs = WorkspaceArgs.builder()
                .subscriptionId("00000000-0000-0000-0000-000000000000")
                .resourceGroup("rg")
                .workspaceName("ws")
                .build();

        assertThatThrownBy(() -> client().workspace(workspaceArgs))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("workspace_args names workspace 'ws'")
                .hasMessageContaining("AmlArgsClientBuilder.backend(...)");

        AmlArgsClient local = new AmlArgsClientBuilder()
                .backend(LocalBackend.builder().workingDirectory(workingDirectory).build())
                .progressListener(listener)
                .buildClient();
        assertThat(local.workspace(workspaceArgs).name()).isEqualTo("ws");
        assertThat(messages).containsExactly("The local backend does not connect to workspace 'ws': runs stay on this machine, in "
                + workingDirectory.resolve(".aml-args").toAbsolutePath().normalize());
    }

    @Test
    void storeDirectoryConflictsWithBackend() {
        AmlArgsClientBuilder builder = new AmlArgsClientBuilder()
                .backend(LocalBackend.builder().build())
                .storeDirectory(workingDirectory);

        assertThatThrownBy(builder::buildClient)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("storeDirectory configures the default local backend only");
    }

    @Test
    void storeDirectoryMovesStore() throws Exception {
        AmlArgsClient client = new AmlArgsClientBuilder()
                .workingDirectory(workingDirectory)
                .storeDirectory(Path.of("custom-store"))
                .buildClient();

        Run run = submitTraining(client);

        assertThat(workingDirectory.resolve("custom-store/runs").resolve(run.id()).resolve("run.json")).exists();
        assertThat(workingDirectory.resolve(".aml-args")).doesNotExist();
    }

    private AmlArgsClient client() {
        return new AmlArgsClientBuilder()
                .workingDirectory(workingDirectory)
                .progressListener(listener)
                .buildClient();
    }

    private Run submitTraining(AmlArgsClient client) throws InterruptedException {
        Experiment experiment = client.experiment(ExperimentArgs.builder().name("iris").build());
        Run run = client.submit(RunRequest.builder(experiment, configArgs(List.of())).build());
        assertThat(run.waitForCompletion().status()).isEqualTo(RunStatus.COMPLETED);
        return run;
    }

    private ScriptRunConfigArgs configArgs(List<String> arguments) {
        return ScriptRunConfigArgs.builder()
                .sourceDirectory(source.toString())
                .script("train.py")
                .arguments(arguments)
                .build();
    }

    private static AmlComputeClusterArgs cluster() {
        return AmlComputeClusterArgs.builder()
                .computeName("cpu-cluster")
                .adminUsername("azureuser")
                .adminUserPassword(PASSWORD)
                .build();
    }
}
