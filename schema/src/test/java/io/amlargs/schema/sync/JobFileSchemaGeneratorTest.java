package io.amlargs.schema.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobFileSchemaGeneratorTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path JOB_SCHEMA = SyncFixtures.COMMITTED_SCHEMA.resolveSibling(JobFileSchemaGenerator.FILE_NAME);
    private static final Path IRIS_JOB = Path.of("..", "samples", "iris", "job.yaml");

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final ObjectNode argsSchema = readArgsSchema();
    private final JsonSchema jobSchema = factory.getSchema(JobFileSchemaGenerator.generate(argsSchema));

    @Test
    void committedFileMatchesGenerator() throws IOException {
        assertThat(Files.readString(JOB_SCHEMA)).isEqualTo(JobFileSchemaGenerator.render(argsSchema));
    }

    @Test
    void validAgainstDraft2020MetaSchema() {
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        Set<ValidationMessage> messages = metaSchema.validate(JobFileSchemaGenerator.generate(argsSchema));

        assertThat(messages).isEmpty();
    }

    @Test
    void topLevelKeysInWorkflowOrder() {
        JsonNode properties = JobFileSchemaGenerator.generate(argsSchema).path("properties");

        assertThat(properties.properties()).extracting(Map.Entry::getKey).containsExactly(
                "workspace_args", "experiment_args", "compute_type", "compute_args", "environment_type",
                "environment_args", "config_args", "is_download", "download_args", "show_output", "tags", "model_args",
                "resource_config_args", "is_sklearn_model", "config_file_path", "is_dwc_connection_required");
    }

    @Test
    void noExtensionKeywords() {
        String text = JobFileSchemaGenerator.render(argsSchema);

        assertThat(text).doesNotContain("\"x-aml-");
    }

    @Test
    void irisSampleIsValid() throws IOException {
        Set<ValidationMessage> messages = jobSchema.validate(YAML.readTree(IRIS_JOB.toFile()));

        assertThat(messages).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"valid-cluster.yaml", "valid-instance.yaml"})
    void validJobs(String file) throws IOException {
        Set<ValidationMessage> messages = jobSchema.validate(job(file));

        assertThat(messages).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-top-level-key.yaml          | additionalProperties | $              | experiment",
        "missing-config-args.yaml            | required             | $              | config_args",
        // A dictionary without its selector, and a selector without its dictionary, are errors.
        "compute-args-without-type.yaml      | dependentRequired    | $              | compute_type",
        "unknown-compute-type.yaml           | enum                 | $.compute_type | AmlComputeCluster",
        // The selector picks the variant, so a key of the other variant is unknown.
        "key-of-other-variant.yaml           | additionalProperties | $.compute_args | min_nodes",
        // VNET_ALL_OR_NONE as dependentRequired.
        "partial-vnet.yaml                   | dependentRequired    | $.compute_args | subnet_name",
        // USER_ASSIGNED_NEEDS_IDENTITY_ID as if/then.
        "user-assigned-without-id.yaml       | required             | $.compute_args | identity_id",
        // SSH_ACCESS_NEEDS_PUBLIC_KEY as if/then on a boolean.
        "ssh-access-without-key.yaml         | required             | $.compute_args | admin_user_ssh_public_key",
        // SCRIPT_OR_COMMAND as a oneOf of required keys.
        "script-and-command.yaml             | oneOf                | $.config_args  | 2",
        "connection-without-config-file.yaml | required             | $              | config_file_path",
        "numeric-tag.yaml                    | type                 | $.tags.epoch   | string",
        "environment-without-name.yaml       | required             | $.environment_args | name",
    })
    void invalidJob(String file, String keyword, String location, String mentioned) throws IOException {
        Set<ValidationMessage> messages = jobSchema.validate(job(file));

        // Each fixture breaks one rule, so every message comes from that rule.
        assertThat(messages).as(file).isNotEmpty().allSatisfy(message -> {
            assertThat(message.getType()).isEqualTo(keyword);
            assertThat(message.getInstanceLocation()).hasToString(location);
        });
        assertThat(messages).extracting(ValidationMessage::getMessage).anySatisfy(text -> assertThat(text).contains(mentioned));
    }

    @Test
    void lessOrEqualRuleListedAsComment() {
        JsonNode cluster = JobFileSchemaGenerator.generate(argsSchema).at("/$defs/compute_args.AmlComputeCluster");

        assertThat(cluster.path("$comment").asText()).isEqualTo("Checked by aml-args validate, not by this schema:"
                + " MIN_NODES_LE_MAX_NODES: min_nodes <= max_nodes; MIN_NODE_COUNT_LE_MIN_NODES: min_node_count <= min_nodes");
    }

    @Test
    void newVariantSelectable() throws IOException {
        ObjectNode merged = new SchemaMerger().merge(SyncFixtures.page("new-definitions.md"),
                (ObjectNode) JsonFormat.read(SyncFixtures.text("base.schema.json"))).schema();
        JsonSchema schema = factory.getSchema(JobFileSchemaGenerator.generate(merged));
        JsonNode job = YAML.readTree("""
            storage_type: BlobStorage
            storage_args:
              container: results
              retries: 2
            compute_type: KubernetesCompute
            compute_args:
              compute_name: aks
              unknown_key: 1
            """);

        Set<ValidationMessage> messages = schema.validate(job);

        assertThat(messages).extracting(ValidationMessage::getMessage)
                .containsExactly("$.compute_args: property 'unknown_key' is not defined in the schema and the schema does not allow additional properties");
    }

    private static JsonNode job(String file) throws IOException {
        return YAML.readTree(SyncFixtures.text("jobs/" + file));
    }

    private static ObjectNode readArgsSchema() {
        try {
            return (ObjectNode) JsonFormat.read(Files.readString(SyncFixtures.COMMITTED_SCHEMA));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
