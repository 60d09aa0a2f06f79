package io.amlargs.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks that the generated canonical args carry every documented key, in documented order. */
class DocumentedKeysGeneratedTest {

    /** Each generated class and the keys the Azure ML reference page lists for its dictionary. */
    private static final Map<Class<? extends Record>, List<String>> DOCUMENTED = new LinkedHashMap<>();

    static {
        DOCUMENTED.put(WorkspaceArgs.class, List.of(
                "subscription_id", "resource_group", "workspace_name", "auth", "_location",
                "_disable_service_check", "_workspace_id", "sku", "_cloud"));
        DOCUMENTED.put(ExperimentArgs.class, List.of("name", "kwargs"));
        DOCUMENTED.put(AmlComputeClusterArgs.class, List.of(
                "compute_name", "vm_size", "vm_priority", "min_nodes", "max_nodes",
                "idle_seconds_before_scaledown", "admin_username", "admin_user_password", "admin_user_ssh_key",
                "vnet_resourcegroup_name", "vnet_name", "subnet_name", "tags", "description",
                "remote_login_port_public_access", "identity_type", "identity_id", "location", "show_output",
                "min_node_count", "timeout_in_minutes"));
        DOCUMENTED.put(AmlComputeInstanceArgs.class, List.of(
                "compute_name", "vm_size", "ssh_public_access", "admin_user_ssh_public_key",
                "vnet_resourcegroup_name", "vnet_name", "subnet_name", "tags", "description",
                "assigned_user_object_id", "assigned_user_tenant_id", "show_output"));
        DOCUMENTED.put(CondaPackageEnvironmentArgs.class, List.of(
                "name", "pip_indexurl", "pip_packages", "conda_packages", "python_version", "pin_sdk_version",
                "pip_wheel_files"));
        DOCUMENTED.put(CondaSpecificationEnvironmentArgs.class, List.of("name", "file_path", "pip_wheel_files"));
        DOCUMENTED.put(ScriptRunConfigArgs.class, List.of(
                "source_directory", "script", "arguments", "run_config", "_telemetry_values",
                "distributed_job_config", "resume_from", "max_run_duration_seconds", "command",
                "docker_runtime_config"));
        DOCUMENTED.put(DownloadArgs.class, List.of(
                "prefix", "output_directory", "output_paths", "batch_size", "append_prefix"));
        DOCUMENTED.put(ModelArgs.class, List.of(
                "model_name", "model_path", "tags", "properties", "model_framework", "model_framework_version",
                "description", "datasets", "sample_input_dataset", "sample_output_dataset", "kwargs"));
        DOCUMENTED.put(ResourceConfigArgs.class, List.of("cpu", "memory_in_gb", "gpu"));
    }

    @Test
    void eightyThreeKeysDocumented() {
        int total = DOCUMENTED.values().stream().mapToInt(List::size).sum();

        assertThat(total).isEqualTo(83);
    }

    @Test
    void keysConstantsMatchDocumentation() throws ReflectiveOperationException {
        for (Map.Entry<Class<? extends Record>, List<String>> entry : DOCUMENTED.entrySet()) {
            Object keys = entry.getKey().getField("KEYS").get(null);

            assertThat(keys).as(entry.getKey().getSimpleName()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void recordHasComponentPerKey() {
        for (Map.Entry<Class<? extends Record>, List<String>> entry : DOCUMENTED.entrySet()) {
            List<String> components = Arrays.stream(entry.getKey().getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();

            assertThat(components).as(entry.getKey().getSimpleName()).hasSameSizeAs(entry.getValue());
        }
    }

    @Test
    void catalogListsEveryDictionary() {
        List<String> groups = ArgsCatalog.GROUPS.stream().map(group -> group.name()).toList();

        assertThat(groups).containsExactly(
                "workspace_args", "experiment_args", "compute_args", "environment_args", "config_args",
                "download_args", "model_args", "resource_config_args");
    }

    @Test
    void mapRoundTripKeepsEveryKey() {
        AmlComputeClusterArgs cluster = AmlComputeClusterArgs.builder()
                .computeName("gpu-cluster")
                .vmSize("Standard_NC4as_T4_v3")
                .adminUsername("azureuser")
                .adminUserPassword("s3cret-Passw0rd")
                .identityType("UserAssigned")
                .identityId(List.of("/subscriptions/0/resourceGroups/rg/providers/identity"))
                .tags(Map.of("team", "vision"))
                .build();

        Map<String, Object> map = cluster.toMap();

        assertThat(map).containsEntry("admin_user_password", "s3cret-Passw0rd")
                .containsEntry("max_nodes", 4);
        assertThat(AmlComputeClusterArgs.fromMap(map)).isEqualTo(cluster);
    }
}
