package io.amlargs.schema.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaMergerTest {

    private static final String CLUSTER = "compute_args.AmlComputeCluster";

    private final ObjectNode base = schema("base.schema.json");
    private final SchemaMerger merger = new SchemaMerger();

    @Test
    void matchingPageChangesNothing() {
        MergeResult result = merger.merge(SyncFixtures.page("base.md"), base);

        assertThat(result.report().isEmpty()).as(result.report().format()).isTrue();
        assertThat(JsonFormat.write(result.schema())).isEqualTo(SyncFixtures.text("base.schema.json"));
    }

    @Test
    void mergeLeavesInputUntouched() {
        String before = JsonFormat.write(base);

        merger.merge(SyncFixtures.page("changed-keys.md"), base);

        assertThat(JsonFormat.write(base)).isEqualTo(before);
    }

    @Test
    void changedKeysReported() {
        MergeResult result = merger.merge(SyncFixtures.page("changed-keys.md"), base);

        assertThat(lines(result.report())).containsExactly(
                CLUSTER + ": re-defaulted 'vm_priority': \"dedicated\" -> \"lowpriority\"",
                CLUSTER + ": retyped 'min_nodes': int -> float",
                CLUSTER + ": allowed values of 'identity_type': [\"SystemAssigned\",\"UserAssigned\"]"
                        + " -> [\"SystemAssigned\",\"UserAssigned\",\"None\"]",
                CLUSTER + ": added key 'spot_policy' (str)",
                CLUSTER + ": removed key 'admin_user_password'",
                CLUSTER + ": removed rule ADMIN_USERNAME_NEEDS_PASSWORD, which named 'admin_user_password'",
                CLUSTER + ": removed key 'subnet_name'",
                CLUSTER + ": removed rule VNET_ALL_OR_NONE, which named 'subnet_name'",
                "download_args: re-defaulted 'prefix': \"outputs\" -> \"artifacts\"",
                "download_args: removed key 'resume_from'");
    }

    @Test
    void removedKeysLeaveDefinition() {
        JsonNode cluster = merged("changed-keys.md").path("$defs").path(CLUSTER);

        assertThat(fieldNames(cluster.path("properties"))).containsExactly(
                "compute_name", "vm_priority", "min_nodes", "max_nodes", "admin_username", "vnet_name",
                "identity_type", "spot_policy");
        assertThat(cluster.path("x-aml-rules")).extracting(rule -> rule.path("id").asText())
                .containsExactly("MIN_NODES_LE_MAX_NODES");
        assertThat(cluster.path("required").toString()).isEqualTo("[\"compute_name\"]");
    }

    @Test
    void retypedKeyRebuiltFromPage() {
        JsonNode minNodes = merged("changed-keys.md").at("/$defs/" + CLUSTER + "/properties/min_nodes");

        assertThat(minNodes.path("type").asText()).isEqualTo("number");
        assertThat(minNodes.path("x-aml-java-type").asText()).isEqualTo("Double");
        assertThat(minNodes.path("x-aml-documented-type").asText()).isEqualTo("float");
        // The integer minimum belonged to the old type; the overlay keeps description and default.
        assertThat(minNodes.has("minimum")).isFalse();
        assertThat(minNodes.path("description").asText()).isEqualTo("Fewest nodes.");
        assertThat(minNodes.path("default").asInt()).isZero();
        assertThat(minNodes.path("x-aml-review").asBoolean()).isTrue();
    }

    @Test
    void redefaultedKeyKeepsEffectiveDefault() {
        JsonNode vmPriority = merged("changed-keys.md").at("/$defs/" + CLUSTER + "/properties/vm_priority");

        assertThat(vmPriority.path("default").asText()).isEqualTo("dedicated");
        assertThat(vmPriority.path("x-aml-documented-default").asText()).isEqualTo("lowpriority");
        assertThat(vmPriority.path("x-aml-review").asBoolean()).isTrue();
    }

    @Test
    void allowedValuesReplaced() {
        JsonNode identityType = merged("changed-keys.md").at("/$defs/" + CLUSTER + "/properties/identity_type");

        assertThat(identityType.path("enum").toString()).isEqualTo("[\"SystemAssigned\",\"UserAssigned\",\"None\"]");
        assertThat(identityType.path("description").asText()).isEqualTo("Managed identity kind.");
    }

    @Test
    void newKeyGetsPlaceholder() throws JsonProcessingException {
        JsonNode spotPolicy = merged("changed-keys.md").at("/$defs/" + CLUSTER + "/properties/spot_policy");

        assertThat(spotPolicy).isEqualTo(JsonFormat.read("""
            {
              "type": "string",
              "enum": ["Deallocate", "Delete"],
              "x-aml-java-type": "String",
              "x-aml-documented-type": "str",
              "description": "TODO: describe spot_policy",
              "x-aml-documented-default": "Deallocate",
              "x-aml-review": true
            }
            """));
    }

    @Test
    void overlayKeptOnUnchangedKeys() {
        ObjectNode merged = merged("changed-keys.md");

        assertThat(merged.at("/$defs/" + CLUSTER + "/properties/max_nodes"))
                .isEqualTo(base.at("/$defs/" + CLUSTER + "/properties/max_nodes"));
        assertThat(merged.at("/$defs/workspace_args")).isEqualTo(base.at("/$defs/workspace_args"));
        assertThat(merged.at("/$defs/DataPath")).isEqualTo(base.at("/$defs/DataPath"));
    }

    @Test
    void secondMergeFindsNoDrift() {
        DocsPage page = SyncFixtures.page("changed-keys.md");
        ObjectNode once = merger.merge(page, base).schema();

        MergeResult twice = merger.merge(page, once);

        assertThat(twice.report().isEmpty()).as(twice.report().format()).isTrue();
        assertThat(JsonFormat.write(twice.schema())).isEqualTo(JsonFormat.write(once));
    }

    @Test
    void newDefinitionsReported() {
        MergeResult result = merger.merge(SyncFixtures.page("new-definitions.md"), base);

        assertThat(lines(result.report())).containsExactly(
                "compute_args: added variant 'KubernetesCompute' (definition compute_args.KubernetesCompute, 2 keys)",
                "tracking_args: added group tracking_args (3 keys)",
                "storage_args: added group storage_args (1 variant)",
                "storage_args: added variant 'BlobStorage' (definition storage_args.BlobStorage, 2 keys)");
    }

    @Test
    void newVariantDefinition() {
        ObjectNode merged = merged("new-definitions.md");
        JsonNode kubernetes = merged.at("/$defs/compute_args.KubernetesCompute");

        assertThat(kubernetes.path("x-aml-kind").asText()).isEqualTo("variant");
        assertThat(kubernetes.path("x-aml-group").asText()).isEqualTo("compute_args");
        assertThat(kubernetes.path("x-aml-variant").asText()).isEqualTo("KubernetesCompute");
        assertThat(kubernetes.path("x-aml-java-name").asText()).isEqualTo("KubernetesComputeArgs");
        assertThat(kubernetes.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(fieldNames(kubernetes.path("properties"))).containsExactly("compute_name", "namespace");
        assertThat(merged.at("/$defs/compute_args/oneOf").toString()).isEqualTo(
                "[{\"$ref\":\"#/$defs/compute_args.AmlComputeCluster\"},{\"$ref\":\"#/$defs/compute_args.KubernetesCompute\"}]");
    }

    @Test
    void newGroupDefinitions() {
        ObjectNode merged = merged("new-definitions.md");
        JsonNode tracking = merged.at("/$defs/tracking_args");
        JsonNode storage = merged.at("/$defs/storage_args");

        assertThat(tracking.path("x-aml-kind").asText()).isEqualTo("group");
        assertThat(tracking.path("x-aml-java-name").asText()).isEqualTo("TrackingArgs");
        assertThat(tracking.path("x-aml-review").asBoolean()).isTrue();
        assertThat(tracking.at("/properties/checkpoint/$ref").asText()).isEqualTo("#/$defs/DataPath");
        assertThat(tracking.at("/properties/checkpoint/x-aml-java-type").asText()).isEqualTo("DataPath");
        assertThat(tracking.at("/properties/labels/x-aml-java-type").asText()).isEqualTo("Map<String, Object>");
        assertThat(storage.path("x-aml-kind").asText()).isEqualTo("group-variants");
        assertThat(storage.path("x-aml-selector").asText()).isEqualTo("storage_type");
        assertThat(storage.path("x-aml-java-name").asText()).isEqualTo("StorageArgs");
        assertThat(merged.at("/$defs/storage_args.BlobStorage/x-aml-java-name").asText()).isEqualTo("BlobStorageArgs");
    }

    @Test
    void newDefinitionsFollowPageOrder() {
        JsonNode defs = merged("new-definitions.md").path("$defs");

        assertThat(fieldNames(defs)).containsExactly(
                "workspace_args", "compute_args", "compute_args.AmlComputeCluster", "compute_args.KubernetesCompute",
                "tracking_args", "storage_args", "storage_args.BlobStorage", "download_args", "DataPath");
    }

    @Test
    void groupLeavingPageRemoved() {
        String page = SyncFixtures.text("base.md");
        String withoutDownloads = page.substring(0, page.indexOf("# **download_args"));

        MergeResult result = merger.merge(new DocsPageParser().parse("short.md", withoutDownloads), base);

        assertThat(lines(result.report())).containsExactly("download_args: removed group download_args");
        assertThat(result.schema().path("$defs").has("download_args")).isFalse();
        assertThat(result.schema().path("$defs").has("DataPath")).isTrue();
    }

    @Test
    void reorderedKeysReported() {
        String page = SyncFixtures.text("base.md");
        String token = "`'_region'`";
        String swapped = page.replace(token, "`'_moved'`")
                .replace("`'subscription_id'`", token)
                .replace("`'_moved'`", "`'subscription_id'`");

        MergeResult result = merger.merge(new DocsPageParser().parse("swapped.md", swapped), base);

        assertThat(lines(result.report())).contains(
                "workspace_args: reordered keys: subscription_id, _region -> _region, subscription_id");
        assertThat(fieldNames(result.schema().at("/$defs/workspace_args/properties")))
                .containsExactly("_region", "subscription_id");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"changed-keys.md", "new-definitions.md", "irregular.md"})
    void mergedSchemaValidAgainstDraft2020MetaSchema(String page) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        Set<ValidationMessage> messages = metaSchema.validate(merged(page));

        assertThat(messages).isEmpty();
    }

    private ObjectNode merged(String page) {
        return merger.merge(SyncFixtures.page(page), base).schema();
    }

    private static ObjectNode schema(String name) {
        try {
            return (ObjectNode) JsonFormat.read(SyncFixtures.text(name));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(DriftReport report) {
        return report.drifts().stream().map(drift -> drift.definition() + ": " + drift.describe()).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
