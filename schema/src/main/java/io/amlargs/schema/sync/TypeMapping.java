package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a documented type to JSON Schema keywords and a Java type, and checks that a key of the
 * schema still agrees with its documented type.
 *
 * <p>{@code str} maps to a string, {@code int} to an integer, {@code float} to a number, {@code bool}
 * to a boolean, {@code dict} to an open object, {@code list[str]} and {@code [str]} to an array of
 * strings, {@code list} to an array of plain values, and {@code list or str} to an array or a
 * string. A class name maps to the schema definition of that name when there is one.
 */
final class TypeMapping {

    /** Keywords that describe a key's value; a retyped key loses all of them. */
    static final Set<String> VALUE_KEYWORDS = Set.of(
            "type", "items", "additionalProperties", "oneOf", "anyOf", "$ref", "enum", "const", "minimum",
            "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern", "minItems", "maxItems", "minLength",
            "maxLength", "uniqueItems", "x-aml-string-form", "x-aml-java-type");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> PLAIN_TYPES = List.of("string", "number", "integer", "boolean");
    private static final String OPEN_MAP = "Map<String, Object>";

    private final ObjectNode defs;

    /** Creates a mapping that resolves class names against the schema's {@code $defs}. */
    TypeMapping(ObjectNode defs) {
        this.defs = defs;
    }

    /** JSON Schema keywords of a value, and the Java type of the record component for it. */
    record ValueSchema(ObjectNode keywords, String javaType) {}

    /** Returns the keywords and Java type for a key that the schema does not describe yet. */
    ValueSchema schemaFor(DocumentedType type) {
        return switch (type.kind()) {
            case STRING -> plain("string", "String");
            case INTEGER -> plain("integer", "Integer");
            case NUMBER -> plain("number", "Double");
            case BOOLEAN -> plain("boolean", "Boolean");
            case OBJECT -> openObject();
            case ARRAY -> array(type.items());
            case LIST_OR_STRING -> listOrString();
            case CLASS, CLASS_UNION -> classReference(type.classNames());
            case UNION -> union(type.alternatives());
        };
    }

    /**
     * Returns whether a key of the schema still has the shape its documented type maps to. A class
     * name agrees with any shape, because the schema refines those by hand.
     */
    boolean agrees(DocumentedType type, JsonNode property) {
        return switch (type.kind()) {
            case STRING -> hasType(property, "string");
            case INTEGER -> hasType(property, "integer");
            case NUMBER -> hasType(property, "number");
            case BOOLEAN -> hasType(property, "boolean");
            case OBJECT -> hasType(property, "object");
            case ARRAY -> hasType(property, "array") && (type.items() == null || agrees(type.items(), property.path("items")));
            case LIST_OR_STRING -> offers(property, "array") && offers(property, "string");
            case CLASS, CLASS_UNION, UNION -> true;
        };
    }

    private static ValueSchema plain(String jsonType, String javaType) {
        ObjectNode keywords = NODES.objectNode().put("type", jsonType);
        return new ValueSchema(keywords, javaType);
    }

    private static ValueSchema openObject() {
        ObjectNode keywords = NODES.objectNode().put("type", "object").put("additionalProperties", true);
        return new ValueSchema(keywords, OPEN_MAP);
    }

    private ValueSchema array(DocumentedType items) {
        ObjectNode keywords = NODES.objectNode().put("type", "array");
        if (items == null) {
            keywords.set("items", plainValues());
            return new ValueSchema(keywords, "List<String>");
        }
        ValueSchema item = schemaFor(items);
        keywords.set("items", item.keywords());
        return new ValueSchema(keywords, "List<" + item.javaType() + ">");
    }

    private static ValueSchema listOrString() {
        ObjectNode list = NODES.objectNode().put("type", "array");
        list.set("items", plainValues());
        ArrayNode oneOf = NODES.arrayNode().add(list).add(NODES.objectNode().put("type", "string"));
        ObjectNode keywords = NODES.objectNode();
        keywords.set("oneOf", oneOf);
        // A string is most often a command line to split into words; the reviewer decides otherwise.
        keywords.put("x-aml-string-form", "shell-words");
        return new ValueSchema(keywords, "List<String>");
    }

    private ValueSchema classReference(List<String> classNames) {
        Optional<String> definition = classNames.size() == 1
                ? definitionNamed(classNames.get(0))
                : unionOf(classNames);
        if (definition.isEmpty()) {
            return openObject();
        }
        ObjectNode keywords = NODES.objectNode().put("$ref", "#/$defs/" + definition.get());
        return new ValueSchema(keywords, defs.path(definition.get()).path("x-aml-java-name").asText());
    }

    // TODO: a union of plain types other than list-or-str has no Java type yet. It maps to a oneOf
    // with the Java type String, and the key is marked for review.
    private ValueSchema union(List<DocumentedType> alternatives) {
        ArrayNode oneOf = NODES.arrayNode();
        alternatives.forEach(alternative -> oneOf.add(schemaFor(alternative).keywords()));
        ObjectNode keywords = NODES.objectNode();
        keywords.set("oneOf", oneOf);
        return new ValueSchema(keywords, "String");
    }

    private Optional<String> definitionNamed(String className) {
        Iterator<Map.Entry<String, JsonNode>> entries = defs.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            boolean named = entry.getKey().equals(className)
                    || entry.getValue().path("x-aml-java-name").asText().equals(className);
            if (named && !entry.getValue().has("x-aml-group")) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private Optional<String> unionOf(List<String> classNames) {
        Iterator<Map.Entry<String, JsonNode>> entries = defs.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getValue().path("x-aml-kind").asText().equals("union")
                    && shapeNames(entry.getValue()).containsAll(classNames)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private List<String> shapeNames(JsonNode union) {
        List<String> names = new ArrayList<>();
        union.path("oneOf").forEach(shape -> {
            String reference = shape.path("$ref").asText();
            String definition = reference.substring(reference.lastIndexOf('/') + 1);
            names.add(defs.path(definition).path("x-aml-java-name").asText());
        });
        return names;
    }

    private static ArrayNode plainValuesTypes() {
        ArrayNode types = NODES.arrayNode();
        PLAIN_TYPES.forEach(types::add);
        return types;
    }

    private static ObjectNode plainValues() {
        ObjectNode items = NODES.objectNode();
        items.set("type", plainValuesTypes());
        return items;
    }

    private static boolean hasType(JsonNode property, String jsonType) {
        return property.path("type").asText().equals(jsonType);
    }

    private static boolean offers(JsonNode property, String jsonType) {
        for (JsonNode alternative : property.path("oneOf")) {
            if (hasType(alternative, jsonType)) {
                return true;
            }
        }
        return false;
    }
}
