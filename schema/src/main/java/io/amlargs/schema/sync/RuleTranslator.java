package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates the {@code x-aml-rules} of a definition into standard JSON Schema, so that editors
 * flag them too.
 *
 * <p>{@code allOrNone} becomes {@code dependentRequired}, {@code exactlyOne} a {@code oneOf} of
 * {@code required}, and {@code requires} an {@code if}/{@code then}. {@code lessOrEqual} compares
 * two values, which JSON Schema cannot express, so it is only listed in {@code $comment}.
 */
final class RuleTranslator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleTranslator() {}

    /**
     * The standard keywords that carry a definition's rules.
     *
     * @param dependentRequired keys that require other keys, empty when no rule needs it
     * @param allOf one subschema per rule that needs one
     * @param unchecked the rules JSON Schema cannot express, as {@code ID: description}
     */
    record Translation(ObjectNode dependentRequired, ArrayNode allOf, List<String> unchecked) {}

    /** Translates the rules of {@code definition}, which must still carry its {@code x-aml-*} keywords. */
    static Translation translate(JsonNode definition) {
        Translation translation = new Translation(NODES.objectNode(), NODES.arrayNode(), new ArrayList<>());
        for (JsonNode rule : definition.path("x-aml-rules")) {
            switch (rule.path("kind").asText()) {
                case "allOrNone" -> allOrNone(rule, translation.dependentRequired());
                case "exactlyOne" -> translation.allOf().add(exactlyOne(rule));
                case "requires" -> translation.allOf().add(requires(rule, definition.path("properties")));
                case "lessOrEqual" -> translation.unchecked().add(rule.path("id").asText() + ": "
                        + rule.path("keys").path(0).asText() + " <= " + rule.path("keys").path(1).asText());
                default -> translation.unchecked().add(rule.path("id").asText() + ": " + rule.path("fix").asText());
            }
        }
        return translation;
    }

    private static void allOrNone(JsonNode rule, ObjectNode dependentRequired) {
        List<String> keys = texts(rule.path("keys"));
        for (String key : keys) {
            ArrayNode others = dependentRequired.has(key) ? (ArrayNode) dependentRequired.get(key) : dependentRequired.putArray(key);
            for (String other : keys) {
                if (!other.equals(key) && !texts(others).contains(other)) {
                    others.add(other);
                }
            }
        }
    }

    private static ObjectNode exactlyOne(JsonNode rule) {
        ObjectNode schema = commented(rule);
        ArrayNode oneOf = schema.putArray("oneOf");
        texts(rule.path("keys")).forEach(key -> oneOf.add(required(key)));
        return schema;
    }

    private static ObjectNode requires(JsonNode rule, JsonNode properties) {
        ObjectNode schema = commented(rule);
        schema.set("if", condition(rule.path("when"), properties));

        JsonNode then = rule.path("then");
        if (then.has("anyOf")) {
            List<String> keys = texts(then.path("anyOf"));
            if (keys.size() == 1) {
                schema.set("then", required(keys.get(0)));
            } else {
                ArrayNode anyOf = schema.putObject("then").putArray("anyOf");
                keys.forEach(key -> anyOf.add(required(key)));
            }
        } else {
            schema.set("then", condition(then, properties));
        }
        return schema;
    }

    /**
     * Returns a subschema that holds when {@code key} is set, or when it equals {@code equals}.
     * Rules look at values after defaults apply, so a key whose default is that value also matches
     * while it is absent.
     */
    private static ObjectNode condition(JsonNode operand, JsonNode properties) {
        String key = operand.path("key").asText();
        if (!operand.has("equals")) {
            return required(key);
        }

        JsonNode value = operand.get("equals");
        ObjectNode condition = NODES.objectNode();
        condition.putObject("properties").putObject(key).set("const", value);
        if (!value.equals(properties.path(key).get("default"))) {
            condition.putArray("required").add(key);
        }
        return condition;
    }

    private static ObjectNode commented(JsonNode rule) {
        return NODES.objectNode().put("$comment", rule.path("id").asText() + ": " + rule.path("fix").asText());
    }

    private static ObjectNode required(String key) {
        ObjectNode schema = NODES.objectNode();
        schema.putArray("required").add(key);
        return schema;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
