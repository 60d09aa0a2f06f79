package io.amlargs.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks that the schema is valid JSON Schema and that its extension keywords point at real keys. */
class SchemaConsistencyTest {

    private static final Set<String> RULE_KINDS = Set.of("lessOrEqual", "allOrNone", "exactlyOne", "requires");

    private final ObjectNode schema = ArgsSchema.load();
    private final ObjectNode defs = (ObjectNode) schema.get("$defs");
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void schemaIsValidAgainstDraft2020MetaSchema() {
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        Set<ValidationMessage> messages = metaSchema.validate(schema);

        assertThat(messages).isEmpty();
    }

    @Test
    void everyDefaultValidatesAgainstItsKey() {
        List<String> invalid = new ArrayList<>();

        forEachKey((definition, key, property) -> {
            if (property.has("default")) {
                Set<ValidationMessage> messages = keySchema(property).validate(property.get("default"));
                if (!messages.isEmpty()) {
                    invalid.add(definition + "." + key + ": " + messages);
                }
            }
        });

        assertThat(invalid).isEmpty();
    }

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();

        collectReferences(schema, broken);

        assertThat(broken).isEmpty();
    }

    @Test
    void everyRuleNamesKeysOfItsDefinition() {
        List<String> problems = new ArrayList<>();

        defs.fields().forEachRemaining(entry -> entry.getValue().path("x-aml-rules").forEach(rule -> {
            JsonNode properties = entry.getValue().path("properties");
            if (!RULE_KINDS.contains(rule.path("kind").asText())) {
                problems.add(entry.getKey() + ": unknown rule kind " + rule.path("kind"));
            }
            if (rule.path("fix").asText().isBlank()) {
                problems.add(entry.getKey() + ": rule " + rule.path("id") + " has no fix");
            }
            for (String key : ruleKeys(rule)) {
                if (!properties.has(key)) {
                    problems.add(entry.getKey() + ": rule " + rule.path("id") + " names unknown key " + key);
                }
            }
        }));

        assertThat(problems).isEmpty();
    }

    @Test
    void everyWarningHasCompilablePatternAndFix() {
        List<String> problems = new ArrayList<>();

        forEachKey((definition, key, property) -> property.path("x-aml-warnings").forEach(warning -> {
            if (warning.path("when").has("pattern")) {
                Pattern.compile(warning.path("when").path("pattern").asText());
            }
            if (warning.path("fix").asText().isBlank() || warning.path("message").asText().isBlank()) {
                problems.add(definition + "." + key + ": warning " + warning.path("id") + " lacks message or fix");
            }
        }));

        assertThat(problems).isEmpty();
    }

    @Test
    void retiredVmSizeWarningMatchesNcSeries() {
        JsonNode when = defs.at("/compute_args.AmlComputeCluster/properties/vm_size/x-aml-warnings/0/when");
        Pattern pattern = Pattern.compile(when.path("pattern").asText());

        assertThat(pattern.matcher("Standard_NC6").matches()).isTrue();
        assertThat(pattern.matcher("Standard_NC24r").matches()).isTrue();
        assertThat(pattern.matcher("Standard_NC6s_v3").matches()).isFalse();
        assertThat(pattern.matcher("Standard_DS3_v2").matches()).isFalse();
    }

    @Test
    void pythonWarningMatchesOldVersions() {
        JsonNode when = defs.at(
                "/environment_args.CondaPackageEnvironment/properties/python_version/x-aml-warnings/0/when");
        Pattern pattern = Pattern.compile(when.path("pattern").asText());

        assertThat(pattern.matcher("3.6.2").matches()).isTrue();
        assertThat(pattern.matcher("3.9").matches()).isTrue();
        assertThat(pattern.matcher("2.7").matches()).isTrue();
        assertThat(pattern.matcher("3.10").matches()).isFalse();
        assertThat(pattern.matcher("3.11.4").matches()).isFalse();
    }

    /** Builds a standalone schema of one key that can still resolve {@code #/$defs/...} references. */
    private JsonSchema keySchema(JsonNode property) {
        ObjectNode standalone = property.deepCopy();
        standalone.put("$schema", schema.get("$schema").asText());
        standalone.set("$defs", defs);
        return factory.getSchema(standalone);
    }

    private void collectReferences(JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && schema.at(ref.asText().substring(1)).isMissingNode()) {
                broken.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectReferences(child, broken));
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, broken));
        }
    }

    private static List<String> ruleKeys(JsonNode rule) {
        List<String> keys = new ArrayList<>();
        rule.path("keys").forEach(key -> keys.add(key.asText()));
        if (rule.path("when").has("key")) {
            keys.add(rule.path("when").path("key").asText());
        }
        rule.path("then").path("anyOf").forEach(key -> keys.add(key.asText()));
        if (rule.path("then").has("key")) {
            keys.add(rule.path("then").path("key").asText());
        }
        return keys;
    }

    private void forEachKey(KeyVisitor visitor) {
        defs.fields().forEachRemaining(definition -> definition.getValue().path("properties").fields()
                .forEachRemaining(key -> visitor.visit(definition.getKey(), key.getKey(), key.getValue())));
    }

    @FunctionalInterface
    private interface KeyVisitor {
        void visit(String definition, String key, JsonNode property);
    }
}
