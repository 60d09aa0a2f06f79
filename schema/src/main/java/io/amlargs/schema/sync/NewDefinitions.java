package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Creates the schema definitions of groups and variants that are new on the page, with the
 * markers the processor needs to generate their types and a placeholder description to review.
 */
final class NewDefinitions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NewDefinitions() {}

    /** Returns an empty definition of a group with one shape, such as {@code workspace_args}. */
    static ObjectNode group(String group) {
        ObjectNode definition = NODES.objectNode().put("type", "object");
        definition.put("x-aml-kind", "group");
        definition.put("x-aml-java-name", Selectors.groupJavaName(group));
        definition.put("x-aml-group", group);
        return withBody(definition, group);
    }

    /** Returns a definition of a group with variants, with no variants referenced yet. */
    static ObjectNode groupWithVariants(String group) {
        ObjectNode definition = NODES.objectNode().put("x-aml-kind", "group-variants");
        definition.put("x-aml-java-name", Selectors.groupJavaName(group));
        definition.put("x-aml-group", group);
        definition.put("x-aml-selector", Selectors.of(group));
        describe(definition, group);
        definition.putArray("oneOf");
        return definition;
    }

    /** Returns an empty definition of one variant of a group. */
    static ObjectNode variant(String group, String variant) {
        ObjectNode definition = NODES.objectNode().put("type", "object");
        definition.put("x-aml-kind", "variant");
        definition.put("x-aml-java-name", Selectors.variantJavaName(variant));
        definition.put("x-aml-group", group);
        definition.put("x-aml-variant", variant);
        return withBody(definition, group + " " + variant);
    }

    private static ObjectNode withBody(ObjectNode definition, String subject) {
        describe(definition, subject);
        definition.putObject("properties");
        definition.put("additionalProperties", false);
        return definition;
    }

    private static void describe(ObjectNode definition, String subject) {
        definition.put("description", "TODO: describe " + subject);
        definition.put(KeyMerger.REVIEW, true);
    }
}
