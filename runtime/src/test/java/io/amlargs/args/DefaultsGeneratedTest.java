package io.amlargs.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that builders apply the defaults the original library applied, and only those. */
class DefaultsGeneratedTest {

    @Test
    void clusterDefaults() {
        AmlComputeClusterArgs cluster = AmlComputeClusterArgs.builder().computeName("cpu").build();

        // Left empty so Azure ML picks its size; the documented Standard_NC6 is retired.
        assertThat(cluster.vmSize()).isNull();
        assertThat(cluster.vmPriority()).isEqualTo("dedicated");
        assertThat(cluster.minNodes()).isZero();
        assertThat(cluster.maxNodes()).isEqualTo(4);
        assertThat(cluster.idleSecondsBeforeScaledown()).isEqualTo(1800);
        assertThat(cluster.remoteLoginPortPublicAccess()).isEqualTo("NotSpecified");
        assertThat(cluster.showOutput()).isTrue();
        assertThat(cluster.timeoutInMinutes()).isEqualTo(20);
        assertThat(cluster.minNodeCount()).isNull();
        assertThat(cluster.identityType()).isNull();
    }

    @Test
    void instanceDefaults() {
        AmlComputeInstanceArgs instance = AmlComputeInstanceArgs.builder().computeName("dev-box").build();

        assertThat(instance.sshPublicAccess()).isFalse();
        assertThat(instance.showOutput()).isTrue();
        assertThat(instance.vmSize()).isNull();
    }

    @Test
    void condaPackageDefaults() {
        CondaPackageEnvironmentArgs environment = CondaPackageEnvironmentArgs.builder().name("env").build();

        assertThat(environment.pythonVersion()).isEqualTo("3.6.2");
        assertThat(environment.pinSdkVersion()).isTrue();
        assertThat(environment.pipPackages()).containsExactly("azureml-defaults", "pandas");
        assertThat(environment.condaPackages()).containsExactly("pip");
        assertThat(environment.pipIndexurl()).isNull();
    }

    @Test
    void userPackagesFollowDefaultPackages() {
        CondaPackageEnvironmentArgs environment = CondaPackageEnvironmentArgs.builder()
                .name("env")
                .pipPackages(List.of("scikit-learn", "pandas"))
                .condaPackages(List.of("numpy"))
                .build();

        assertThat(environment.pipPackages()).containsExactly("azureml-defaults", "pandas", "scikit-learn");
        assertThat(environment.condaPackages()).containsExactly("pip", "numpy");
    }

    @Test
    void scriptRunConfigDefaults() {
        ScriptRunConfigArgs config = ScriptRunConfigArgs.builder().sourceDirectory("src").script("train.py").build();

        // 30 days, the ScriptRunConfig default of the original library.
        assertThat(config.maxRunDurationSeconds()).isEqualTo(2_592_000);
        assertThat(config.arguments()).isNull();
    }

    @Test
    void downloadDefaults() {
        DownloadArgs download = DownloadArgs.builder().build();

        assertThat(download.prefix()).isEqualTo("outputs");
        assertThat(download.batchSize()).isEqualTo(100);
        assertThat(download.appendPrefix()).isTrue();
        // Resolved at download time to outputs/<experiment>/<run id>.
        assertThat(download.outputDirectory()).isNull();
    }

    @Test
    void workspaceDefaults() {
        WorkspaceArgs workspace = WorkspaceArgs.builder()
                .subscriptionId("00000000-0000-0000-0000-000000000000")
                .resourceGroup("rg")
                .workspaceName("ws")
                .build();

        assertThat(workspace.cloud()).isEqualTo("AzureCloud");
        // Ignored, so no default is applied and no warning is raised.
        assertThat(workspace.sku()).isNull();
        assertThat(workspace.auth()).isNull();
    }

    @Test
    void modelDefaults() {
        ModelArgs model = ModelArgs.builder().modelName("iris-classifier").build();

        assertThat(model.modelPath()).isNull();
        assertThat(model.modelFramework()).isNull();
        assertThat(model.modelFrameworkVersion()).isNull();
    }
}
