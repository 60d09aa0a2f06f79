package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of a job file from the args schema, for editors.
 *
 * <p>A job file contains the argument dictionaries and the plain workflow parameters at its top level.
 * A selector such as {@code compute_type} picks the variant of its dictionary through
 * {@code if}/{@code then}, and the cross-field rules become standard keywords (see
 * {@link RuleTranslator}). The {@code x-aml-*} keywords are left out. A YAML job file can point
 * at the result with a {@code # yaml-language-server: $schema=...} comment.
 */
public final class JobFileSchemaGenerator {

    /** File name of the generated schema, next to the args schema. */
    public static final String FILE_NAME = "aml-args-job.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String KIND = "x-aml-kind";
    private static final String EXTENSION_PREFIX = "x-aml-";

    private JobFileSchemaGenerator() {}

    /** Returns the job-file schema as formatted JSON text. */
    public static String render(ObjectNode argsSchema) {
        return JsonFormat.write(generate(argsSchema));
    }

    /** Returns the job-file schema for the argument dictionaries of {@code argsSchema}. */
    public static ObjectNode generate(ObjectNode argsSchema) {
        ObjectNode defs = (ObjectNode) argsSchema.get("$defs");
        ObjectNode schema = NODES.objectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$id", "urn:aml-args:schema:job:1")
                .put("title", "aml-args job file")
                .put("description", "One Azure ML training job: its argument dictionaries and workflow parameters."
                        + " Generated from aml-args.schema.json by 'aml-args schema sync'; edit that file, not this one.")
                .put("type", "object");

        ObjectNode properties = schema.putObject("properties");
        ObjectNode dependentRequired = NODES.objectNode();
        ArrayNode allOf = NODES.arrayNode();
        addTopLevel(defs, properties, dependentRequired, allOf);

        ArrayNode required = schema.putArray("required");
        WorkflowParameters.REQUIRED.stream().filter(properties::has).forEach(required::add);
        schema.put("additionalProperties", false);
        schema.set("dependentRequired", dependentRequired);
        allOf.add(WorkflowParameters.connectionConfigRule());
        schema.set("allOf", allOf);
        schema.set("$defs", definitions(defs));
        return schema;
    }

    private static void addTopLevel(ObjectNode defs, ObjectNode properties, ObjectNode dependentRequired, ArrayNode allOf) {
        Map<String, ObjectNode> plain = WorkflowParameters.plain();
        List<String> names = new ArrayList<>(WorkflowParameters.ORDER);
        groupNames(defs).stream().filter(group -> !names.contains(group)).forEach(names::add);

        for (String name : names) {
            String definition = groupDefinition(defs, name);
            if (plain.containsKey(name)) {
                properties.set(name, plain.get(name));
            } else if (definition != null && defs.get(definition).path(KIND).asText().equals("group-variants")) {
                addVariants(defs, definition, properties, dependentRequired, allOf);
            } else if (definition != null) {
                properties.putObject(name).put("$ref", "#/$defs/" + definition);
            }
        }
    }

    /** Adds the selector and the dictionary of a group with variants, and one if/then per variant. */
    private static void addVariants(
            ObjectNode defs, String definition, ObjectNode properties, ObjectNode dependentRequired, ArrayNode allOf) {
        JsonNode group = defs.get(definition);
        String name = group.path("x-aml-group").asText();
        String selector = group.path("x-aml-selector").asText();

        ObjectNode selectorSchema = properties.putObject(selector).put("type", "string");
        ArrayNode variants = selectorSchema.putArray("enum");
        selectorSchema.put("description", "Selects the shape of " + name + ".");
        properties.putObject(name).put("type", "object").put("description", group.path("description").asText());
        dependentRequired.putArray(selector).add(name);
        dependentRequired.putArray(name).add(selector);

        for (JsonNode reference : group.path("oneOf")) {
            String target = reference.path("$ref").asText();
            String variant = defs.path(target.substring(target.lastIndexOf('/') + 1)).path("x-aml-variant").asText();
            variants.add(variant);
            allOf.add(variantRule(selector, variant, name, target));
        }
    }

    private static ObjectNode variantRule(String selector, String variant, String group, String target) {
        ObjectNode rule = NODES.objectNode();
        ObjectNode condition = rule.putObject("if");
        condition.putObject("properties").putObject(selector).put("const", variant);
        condition.putArray("required").add(selector);
        rule.putObject("then").putObject("properties").putObject(group).put("$ref", target);
        return rule;
    }

    /** Copies every definition except groups with variants, which the top level replaces. */
    private static ObjectNode definitions(ObjectNode defs) {
        ObjectNode copied = NODES.objectNode();
        defs.fields().forEachRemaining(entry -> {
            if (!entry.getValue().path(KIND).asText().equals("group-variants")) {
                copied.set(entry.getKey(), definition(entry.getValue()));
            }
        });
        return copied;
    }

    private static JsonNode definition(JsonNode source) {
        ObjectNode definition = (ObjectNode) withoutExtensions(source);
        RuleTranslator.Translation rules = RuleTranslator.translate(source);
        if (!rules.dependentRequired().isEmpty()) {
            definition.set("dependentRequired", rules.dependentRequired());
        }
        if (!rules.allOf().isEmpty()) {
            definition.set("allOf", rules.allOf());
        }
        if (!rules.unchecked().isEmpty()) {
            definition.put("$comment", "Checked by aml-args validate, not by this schema: "
                    + String.join("; ", rules.unchecked()));
        }
        return definition;
    }

    private static JsonNode withoutExtensions(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().startsWith(EXTENSION_PREFIX)) {
                    copy.set(field.getKey(), withoutExtensions(field.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(withoutExtensions(element)));
            return copy;
        }
        return node;
    }

    private static List<String> groupNames(ObjectNode defs) {
        List<String> names = new ArrayList<>();
        defs.elements().forEachRemaining(definition -> {
            String kind = definition.path(KIND).asText();
            if (kind.equals("group") || kind.equals("group-variants")) {
                names.add(definition.path("x-aml-group").asText());
            }
        });
        return names;
    }

    private static String groupDefinition(ObjectNode defs, String group) {
        Iterator<Map.Entry<String, JsonNode>> entries = defs.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String kind = entry.getValue().path(KIND).asText();
            boolean isGroup = kind.equals("group") || kind.equals("group-variants");
            if (isGroup && entry.getValue().path("x-aml-group").asText().equals(group)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
