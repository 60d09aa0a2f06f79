package io.amlargs.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the documented keys of every group and variant, in documented order. */
class DocumentedKeysTest {

    /** The definitions and their keys, exactly as the Azure ML reference page lists them. */
    static final Map<String, List<String>> DOCUMENTED = new LinkedHashMap<>();

    static {
        DOCUMENTED.put("workspace_args", List.of(
                "subscription_id", "resource_group", "workspace_name", "auth", "_location",
                "_disable_service_check", "_workspace_id", "sku", "_cloud"));
        DOCUMENTED.put("experiment_args", List.of("name", "kwargs"));
        DOCUMENTED.put("compute_args.AmlComputeCluster", List.of(
                "compute_name", "vm_size", "vm_priority", "min_nodes", "max_nodes",
                "idle_seconds_before_scaledown", "admin_username", "admin_user_password", "admin_user_ssh_key",
                "vnet_resourcegroup_name", "vnet_name", "subnet_name", "tags", "description",
                "remote_login_port_public_access", "identity_type", "identity_id", "location", "show_output",
                "min_node_count", "timeout_in_minutes"));
        DOCUMENTED.put("compute_args.AmlComputeInstance", List.of(
                "compute_name", "vm_size", "ssh_public_access", "admin_user_ssh_public_key",
                "vnet_resourcegroup_name", "vnet_name", "subnet_name", "tags", "description",
                "assigned_user_object_id", "assigned_user_tenant_id", "show_output"));
        DOCUMENTED.put("environment_args.CondaPackageEnvironment", List.of(
                "name", "pip_indexurl", "pip_packages", "conda_packages", "python_version", "pin_sdk_version",
                "pip_wheel_files"));
        DOCUMENTED.put("environment_args.CondaSpecificationEnvironment", List.of(
                "name", "file_path", "pip_wheel_files"));
        DOCUMENTED.put("config_args", List.of(
                "source_directory", "script", "arguments", "run_config", "_telemetry_values",
                "distributed_job_config", "resume_from", "max_run_duration_seconds", "command",
                "docker_runtime_config"));
        DOCUMENTED.put("download_args", List.of(
                "prefix", "output_directory", "output_paths", "batch_size", "append_prefix"));
        DOCUMENTED.put("model_args", List.of(
                "model_name", "model_path", "tags", "properties", "model_framework", "model_framework_version",
                "description", "datasets", "sample_input_dataset", "sample_output_dataset", "kwargs"));
        DOCUMENTED.put("resource_config_args", List.of("cpu", "memory_in_gb", "gpu"));
    }

    private final ObjectNode defs = (ObjectNode) ArgsSchema.load().get("$defs");

    @Test
    void documentedKeyCountIs83() {
        int total = DOCUMENTED.values().stream().mapToInt(List::size).sum();

        assertThat(total).isEqualTo(83);
    }

    @Test
    void everyDefinitionHasExactlyTheDocumentedKeys() {
        DOCUMENTED.forEach((definition, keys) -> {
            JsonNode properties = defs.path(definition).path("properties");

            assertThat(fieldNames(properties)).as(definition).containsExactlyElementsOf(keys);
        });
    }

    @Test
    void schemaHasNoOtherArgumentDictionaries() {
        List<String> dictionaries = new ArrayList<>();
        defs.fields().forEachRemaining(entry -> {
            String kind = entry.getValue().path("x-aml-kind").asText();
            if (kind.equals("group") || kind.equals("variant")) {
                dictionaries.add(entry.getKey());
            }
        });

        assertThat(dictionaries).containsExactlyElementsOf(DOCUMENTED.keySet());
    }

    @Test
    void everyKeyHasJavaTypeAndDescription() {
        DOCUMENTED.forEach((definition, keys) -> {
            for (String key : keys) {
                JsonNode property = defs.path(definition).path("properties").path(key);

                assertThat(property.path("x-aml-java-type").asText()).as(definition + "." + key).isNotBlank();
                assertThat(property.path("description").asText()).as(definition + "." + key).isNotBlank();
            }
        });
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
