package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.validation.StringForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one entry of {@code properties} into a {@link Property}. */
final class PropertyReader {

    private static final Set<String> KNOWN = Set.of(
            "type", "items", "additionalProperties", "enum", "const", "minimum", "uniqueItems", "$ref", "pattern",
            "minItems", "minLength", "oneOf", "description", "default", "deprecated", "writeOnly", "title",
            "$comment", "x-aml-java-type", "x-aml-documented-default", "x-aml-default-template",
            "x-aml-default-merge", "x-aml-documented-type", "x-aml-internal", "x-aml-ignored", "x-aml-secret",
            "x-aml-path", "x-aml-string-form", "x-aml-warnings");

    /** Keywords that an alternative of a key's {@code oneOf} may use, to accept a list or a string. */
    private static final Set<String> ALTERNATIVE_KNOWN = Set.of("type", "items", "minItems", "minLength");

    private static final Set<String> SCALAR_TYPES = Set.of("number", "integer", "boolean");

    private final NodeReader nodes;
    private final WarningReader warnings;

    PropertyReader(NodeReader nodes) {
        this.nodes = nodes;
        this.warnings = new WarningReader(nodes);
    }

    /** Returns the key, or null when its type cannot be read; problems are recorded. */
    Property read(String name, String javaName, JsonNode node, String pointer, boolean required) {
        nodes.rejectUnknownKeywords(node, KNOWN, pointer);
        JavaType type = new JavaTypeReader(nodes).read(node, pointer);
        if (type == null) {
            return null;
        }

        Facets facets = facets(node, pointer);
        boolean scalarItems = scalarItems(node, facets, type);
        StringForm stringForm = stringForm(node, pointer, type);
        JsonNode defaultValue = defaultValue(node, pointer, type);
        boolean prepend = prependDefault(node, pointer, type, defaultValue);
        Constraints constraints = new ConstraintReader(nodes).read(node, facets, pointer, type);
        List<KeyWarning> keyWarnings = node.has("x-aml-warnings")
                ? warnings.read(node.get("x-aml-warnings"), JsonPointers.child(pointer, "x-aml-warnings"), type)
                : List.of();

        return new Property(name, pointer, javaName, type, required, nodes.flag(node, "x-aml-secret", pointer),
                nodes.flag(node, "deprecated", pointer), scalarItems, stringForm, defaultValue, prepend, constraints,
                keyWarnings, docs(node, pointer));
    }

    /**
     * The list and string keywords of a key, merged from the key and from the alternatives of its
     * {@code oneOf}, as used by keys that accept a list or a string.
     */
    record Facets(JsonNode items, Integer minItems, Integer minLength) {
    }

    private Facets facets(JsonNode node, String pointer) {
        JsonNode items = node.get("items");
        Integer minItems = nodes.count(node, "minItems", pointer);
        Integer minLength = nodes.count(node, "minLength", pointer);
        JsonNode alternatives = node.get("oneOf");
        if (alternatives == null) {
            return new Facets(items, minItems, minLength);
        }
        String oneOfPointer = JsonPointers.child(pointer, "oneOf");
        if (!alternatives.isArray()) {
            nodes.problems().add(DiagnosticIds.MISSING_KEYWORD, oneOfPointer, "expected an array of alternatives");
            return new Facets(items, minItems, minLength);
        }
        for (int i = 0; i < alternatives.size(); i++) {
            JsonNode alternative = alternatives.get(i);
            String alternativePointer = JsonPointers.child(oneOfPointer, i);
            nodes.rejectUnknownKeywords(alternative, ALTERNATIVE_KNOWN, alternativePointer);
            items = alternative.has("items") ? alternative.get("items") : items;
            Integer count = nodes.count(alternative, "minItems", alternativePointer);
            minItems = count != null ? count : minItems;
            Integer length = nodes.count(alternative, "minLength", alternativePointer);
            minLength = length != null ? length : minLength;
        }
        return new Facets(items, minItems, minLength);
    }

    private static boolean scalarItems(JsonNode node, Facets facets, JavaType type) {
        JsonNode itemSchema = switch (type.kind()) {
            case STRING_LIST -> facets.items();
            case STRING_MAP -> node.get("additionalProperties");
            default -> null;
        };
        if (itemSchema == null || !itemSchema.isObject()) {
            return false;
        }
        JsonNode types = itemSchema.path("type");
        for (JsonNode jsonType : types.isArray() ? types : List.of(types)) {
            if (SCALAR_TYPES.contains(jsonType.asText())) {
                return true;
            }
        }
        return false;
    }

    private StringForm stringForm(JsonNode node, String pointer, JavaType type) {
        String form = nodes.text(node, "x-aml-string-form", pointer, false);
        if (form == null) {
            return StringForm.NONE;
        }
        String formPointer = JsonPointers.child(pointer, "x-aml-string-form");
        if (type.kind() != JavaType.Kind.STRING_LIST) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, formPointer,
                    "x-aml-string-form applies only to keys of type List<String>");
            return StringForm.NONE;
        }
        return switch (form) {
            case "shell-words" -> StringForm.SHELL_WORDS;
            case "shell-command" -> StringForm.SHELL_COMMAND;
            default -> {
                nodes.problems().add(DiagnosticIds.BAD_VALUE, formPointer,
                        "'" + form + "' is not a string form; use shell-words or shell-command");
                yield StringForm.NONE;
            }
        };
    }

    private JsonNode defaultValue(JsonNode node, String pointer, JavaType type) {
        JsonNode value = node.get("default");
        if (value == null) {
            return null;
        }
        if (!ValueFit.fits(value, type)) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, "default"),
                    "default " + NodeReader.describe(value) + " is not a value of type "
                            + WarningReader.describe(type) + "; fix the default or x-aml-java-type");
            return null;
        }
        return value;
    }

    private boolean prependDefault(JsonNode node, String pointer, JavaType type, JsonNode defaultValue) {
        String merge = nodes.text(node, "x-aml-default-merge", pointer, false);
        if (merge == null) {
            return false;
        }
        boolean valid = merge.equals("prepend") && type.kind() == JavaType.Kind.STRING_LIST && defaultValue != null;
        if (!valid) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, "x-aml-default-merge"),
                    "x-aml-default-merge '" + merge + "' is not supported here; use prepend on a List<String> key"
                            + " that has a default");
        }
        return valid;
    }

    private KeyDocs docs(JsonNode node, String pointer) {
        String description = node.path("description").asText("");
        String localPath = nodes.text(node, "x-aml-path", pointer, false);
        if (localPath != null && !localPath.equals("file") && !localPath.equals("directory")) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, "x-aml-path"),
                    "'" + localPath + "' is not a path kind; use file or directory");
            localPath = null;
        }
        return new KeyDocs(description, nodes.text(node, "x-aml-documented-type", pointer, false),
                node.get("x-aml-documented-default"), nodes.text(node, "x-aml-default-template", pointer, false),
                nodes.flag(node, "x-aml-internal", pointer), nodes.flag(node, "x-aml-ignored", pointer), localPath);
    }

    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values;
    }
}
