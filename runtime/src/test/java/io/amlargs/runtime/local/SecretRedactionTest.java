package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.amlargs.args.AmlComputeClusterArgs;
import io.amlargs.args.ComputeArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.args.WorkspaceArgs;
import io.amlargs.runtime.ProgressListener;
import io.amlargs.runtime.Run;
import io.amlargs.runtime.RunStatus;
import io.amlargs.runtime.backend.ComputeTarget;
import io.amlargs.runtime.backend.Experiment;
import io.amlargs.runtime.backend.RunRequest;
import io.amlargs.runtime.backend.Workspace;
import io.amlargs.validation.ArgsValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@Timeout(120)
class SecretRedactionTest {

    private static final String ADMIN_PASSWORD = "cluster-Adm1n-secret";

    private static final String PRINCIPAL_PASSWORD = "principal-Passw0rd-secret";

    @TempDir
    Path workingDirectory;

    Logger logger = (Logger) LoggerFactory.getLogger("io.amlargs");
    Level savedLevel;
    boolean savedAdditivity;
    ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        savedLevel = logger.getLevel();
        savedAdditivity = logger.isAdditive();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void restoreLogging() {
        logger.detachAppender(appender);
        logger.setLevel(savedLevel);
        logger.setAdditive(savedAdditivity);
    }

    @Test
    void secretsStayOutOfLogsRecordsAndErrors() throws Exception {
        Path source = Files.createDirectories(workingDirectory.resolve("src"));
        Files.writeString(source.resolve("train.py"), """
                import os
                os.makedirs('outputs', exist_ok=True)
                open('outputs/model.pkl', 'w').write('model')
                print('failing on purpose')
                raise SystemExit(1)
                """);
        LocalBackend backend = LocalBackend.builder().workingDirectory(workingDirectory).build();
        ProgressListener listener = new RecordingListener(null, null);

        Workspace workspace = backend.connectWorkspace(workspaceArgs(), listener);
        Experiment experiment = backend.getOrCreateExperiment(workspace,
                ExperimentArgs.builder().name("iris").build(), listener);
        ComputeTarget compute = backend.getOrCreateCompute(workspace, cluster(), listener);
        Run run = backend.submit(workspace, RunRequest.builder(experiment,
                ScriptRunConfigArgs.builder().sourceDirectory(source.toString()).script("train.py").build())
                .compute(compute).build(), listener);
        assertThat(run.waitForCompletion().status()).isEqualTo(RunStatus.FAILED);
        backend.download(workspace, run.id(), DownloadArgs.builder().build(), listener);
        backend.registerModel(workspace, run.id(),
                ModelArgs.builder().modelName("iris").modelPath("outputs/model.pkl").build(), null, false, listener);
        // min_nodes 3 above max_nodes 1: only the canonical constructor skips the builder's validation.
        ComputeArgs invalid = new AmlComputeClusterArgs("cpu-cluster", null, "dedicated", 3, 1, 1800, "azureuser",
                ADMIN_PASSWORD, null, null, null, null, null, null, "NotSpecified", null, null, null, true, null, 20);
        ArgsValidationException rejected = catchThrowableOfType(ArgsValidationException.class,
                () -> backend.getOrCreateCompute(workspace, invalid, listener));

        assertThat(rejected.getMessage()).contains("MIN_NODES_LE_MAX_NODES").doesNotContain(ADMIN_PASSWORD);
        assertThat(compute.toString()).doesNotContain(ADMIN_PASSWORD).contains("<redacted>");
        assertThat(workspace.toString()).doesNotContain(PRINCIPAL_PASSWORD);
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            assertThat(render(event)).doesNotContain(ADMIN_PASSWORD).doesNotContain(PRINCIPAL_PASSWORD);
        }
        for (Path file : storeFiles(backend.storeDirectory())) {
            assertThat(file).content().doesNotContain(ADMIN_PASSWORD).doesNotContain(PRINCIPAL_PASSWORD);
        }
    }

    private static WorkspaceArgs workspaceArgs() {
        return WorkspaceArgs.fromMap(Map.of(
                "subscription_id", "00000000-0000-0000-0000-000000000000",
                "resource_group", "rg",
                "workspace_name", "ws",
                "auth", Map.of(
                        "type", "ServicePrincipalAuthentication",
                        "tenant_id", "tenant",
                        "service_principal_id", "principal",
                        "service_principal_password", PRINCIPAL_PASSWORD)));
    }

    private static AmlComputeClusterArgs cluster() {
        return AmlComputeClusterArgs.builder()
                .computeName("cpu-cluster")
                .adminUsername("azureuser")
                .adminUserPassword(ADMIN_PASSWORD)
                .build();
    }

    private static String render(ILoggingEvent event) {
        IThrowableProxy throwable = event.getThrowableProxy();
        String stack = throwable == null ? "" : ThrowableProxyUtil.asString(throwable);
        return event.getFormattedMessage() + stack;
    }

    private static List<Path> storeFiles(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
