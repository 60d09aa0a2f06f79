package io.amlargs.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the facts the schema carries beyond key names: defaults, required keys, markers. */
class SchemaFactsTest {

    private final ObjectNode defs = (ObjectNode) ArgsSchema.load().get("$defs");

    @ParameterizedTest(name = "{0}.{1} defaults to {2}")
    @CsvSource({
        // Effective defaults as the original library applied them.
        "compute_args.AmlComputeCluster, vm_priority, dedicated",
        "compute_args.AmlComputeCluster, min_nodes, 0",
        // The page states no default for max_nodes; Azure ML applies 4.
        "compute_args.AmlComputeCluster, max_nodes, 4",
        "compute_args.AmlComputeCluster, idle_seconds_before_scaledown, 1800",
        "compute_args.AmlComputeCluster, remote_login_port_public_access, NotSpecified",
        "compute_args.AmlComputeCluster, show_output, true",
        "compute_args.AmlComputeCluster, timeout_in_minutes, 20",
        "compute_args.AmlComputeInstance, ssh_public_access, false",
        "compute_args.AmlComputeInstance, show_output, true",
        "environment_args.CondaPackageEnvironment, python_version, 3.6.2",
        "environment_args.CondaPackageEnvironment, pin_sdk_version, true",
        // Not on the page: the library's ScriptRunConfig applied 30 days.
        "config_args, max_run_duration_seconds, 2592000",
        "download_args, prefix, outputs",
        "download_args, batch_size, 100",
        "download_args, append_prefix, true",
        "workspace_args, _cloud, AzureCloud",
    })
    void effectiveDefault(String definition, String key, String expected) {
        JsonNode property = property(definition, key);

        assertThat(property.path("default").asText()).isEqualTo(expected);
    }

    @Test
    void defaultPackageListsArePrepended() {
        JsonNode pip = property("environment_args.CondaPackageEnvironment", "pip_packages");
        JsonNode conda = property("environment_args.CondaPackageEnvironment", "conda_packages");

        assertThat(pip.path("default").toString()).isEqualTo("[\"azureml-defaults\",\"pandas\"]");
        assertThat(pip.path("x-aml-default-merge").asText()).isEqualTo("prepend");
        assertThat(conda.path("default").toString()).isEqualTo("[\"pip\"]");
        assertThat(conda.path("x-aml-default-merge").asText()).isEqualTo("prepend");
    }

    @Test
    void documentedDefaultsThatAreNotApplied() {
        JsonNode maxNodes = property("compute_args.AmlComputeCluster", "max_nodes");
        JsonNode vmSize = property("compute_args.AmlComputeCluster", "vm_size");
        JsonNode sku = property("workspace_args", "sku");
        JsonNode outputDirectory = property("download_args", "output_directory");

        assertThat(maxNodes.get("x-aml-documented-default").isNull()).isTrue();
        assertThat(vmSize.path("x-aml-documented-default").asText()).isEqualTo("Standard_NC6");
        assertThat(vmSize.has("default")).isFalse();
        assertThat(sku.path("x-aml-documented-default").asText()).isEqualTo("basic");
        assertThat(sku.has("default")).isFalse();
        assertThat(outputDirectory.path("x-aml-default-template").asText()).isEqualTo("outputs/{experiment}/{run_id}");
    }

    @ParameterizedTest(name = "{0} requires {1}")
    @CsvSource({
        "workspace_args, subscription_id resource_group workspace_name",
        "experiment_args, name",
        "compute_args.AmlComputeCluster, compute_name",
        "compute_args.AmlComputeInstance, compute_name",
        "environment_args.CondaPackageEnvironment, name",
        "environment_args.CondaSpecificationEnvironment, name file_path",
        "config_args, source_directory",
        "model_args, model_name",
    })
    void requiredKeys(String definition, String keys) {
        List<String> required = texts(defs.path(definition).path("required"));

        assertThat(required).containsExactly(keys.split(" "));
    }

    @ParameterizedTest(name = "{0}.{1} is secret")
    @CsvSource({
        "compute_args.AmlComputeCluster, admin_user_password",
        "auth.ServicePrincipalAuthentication, service_principal_password",
    })
    void secretKeys(String definition, String key) {
        JsonNode property = property(definition, key);

        assertThat(property.path("x-aml-secret").asBoolean()).isTrue();
        assertThat(property.path("writeOnly").asBoolean()).isTrue();
    }

    @Test
    void onlyTheDocumentedSecretsAreSecret() {
        List<String> secrets = new ArrayList<>();
        defs.fields().forEachRemaining(definition -> definition.getValue().path("properties").fields()
                .forEachRemaining(key -> {
                    if (key.getValue().path("x-aml-secret").asBoolean()) {
                        secrets.add(definition.getKey() + "." + key.getKey());
                    }
                }));

        assertThat(secrets).containsExactly(
                "compute_args.AmlComputeCluster.admin_user_password",
                "auth.ServicePrincipalAuthentication.service_principal_password");
    }

    @Test
    void internalKeysAreTheUnderscoredOnes() {
        List<String> internal = new ArrayList<>();
        defs.fields().forEachRemaining(definition -> definition.getValue().path("properties").fields()
                .forEachRemaining(key -> {
                    if (key.getValue().path("x-aml-internal").asBoolean()) {
                        internal.add(key.getKey());
                    }
                }));

        assertThat(internal).containsExactly(
                "_location", "_disable_service_check", "_workspace_id", "_cloud", "_telemetry_values");
    }

    @Test
    void skuIsIgnoredAndDeprecated() {
        JsonNode sku = property("workspace_args", "sku");

        assertThat(sku.path("x-aml-ignored").asBoolean()).isTrue();
        assertThat(sku.path("deprecated").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}.{1} allows {2}")
    @CsvSource({
        "compute_args.AmlComputeCluster, vm_priority, dedicated lowpriority",
        "compute_args.AmlComputeCluster, remote_login_port_public_access, Disabled Enabled NotSpecified",
        "compute_args.AmlComputeCluster, identity_type, SystemAssigned UserAssigned",
        "model_args, model_framework, TensorFlow ScikitLearn Onnx Custom Multi",
    })
    void allowedValues(String definition, String key, String values) {
        List<String> allowed = texts(property(definition, key).path("enum"));

        assertThat(allowed).containsExactly(values.split(" "));
    }

    private JsonNode property(String definition, String key) {
        JsonNode property = defs.path(definition).path("properties").path(key);
        assertThat(property.isMissingNode()).as(definition + "." + key + " exists").isFalse();
        return property;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
