package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import java.util.List;

/** Reads the JSON Schema checks of one key and records the ones that do not fit its type. */
final class ConstraintReader {

    private final NodeReader nodes;

    ConstraintReader(NodeReader nodes) {
        this.nodes = nodes;
    }

    Constraints read(JsonNode node, PropertyReader.Facets facets, String pointer, JavaType type) {
        List<JsonNode> allowed = allowedValues(node.get("enum"), JsonPointers.child(pointer, "enum"), type, false);
        JsonNode constant = node.get("const");
        if (constant != null && !ValueFit.fits(constant, type)) {
            mismatch(JsonPointers.child(pointer, "const"), "const " + NodeReader.describe(constant), type);
            constant = null;
        }

        JsonNode items = facets.items();
        List<JsonNode> itemAllowed = type.kind() == JavaType.Kind.STRING_LIST && items != null
                ? allowedValues(items.get("enum"), JsonPointers.child(pointer, "items/enum"), type, true)
                : List.of();

        return new Constraints(allowed, constant, minimum(node, pointer, type), uniqueItems(node, pointer, type),
                pattern(node, pointer, type), listCount(facets.minItems(), pointer, type),
                facets.minLength(), itemAllowed);
    }

    private List<JsonNode> allowedValues(JsonNode values, String pointer, JavaType type, boolean items) {
        if (values == null) {
            return List.of();
        }
        if (!values.isArray() || values.isEmpty()) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, pointer, "expected a non-empty array of allowed values");
            return List.of();
        }
        List<JsonNode> allowed = PropertyReader.elements(values);
        for (JsonNode value : allowed) {
            boolean fits = items ? ValueFit.fitsItem(value) : ValueFit.fits(value, type);
            if (!fits) {
                mismatch(pointer, "allowed value " + NodeReader.describe(value), type);
                return List.of();
            }
        }
        return allowed;
    }

    private Double minimum(JsonNode node, String pointer, JavaType type) {
        JsonNode minimum = node.get("minimum");
        if (minimum == null) {
            return null;
        }
        if (!minimum.isNumber() || !type.isNumber()) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, "minimum"),
                    "minimum applies only to numbers, and must be a number itself");
            return null;
        }
        return minimum.asDouble();
    }

    private boolean uniqueItems(JsonNode node, String pointer, JavaType type) {
        boolean unique = nodes.flag(node, "uniqueItems", pointer);
        if (unique && !type.isList()) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, "uniqueItems"),
                    "uniqueItems applies only to lists");
            return false;
        }
        return unique;
    }

    private String pattern(JsonNode node, String pointer, JavaType type) {
        String pattern = nodes.text(node, "pattern", pointer, false);
        if (pattern == null) {
            return null;
        }
        String patternPointer = JsonPointers.child(pointer, "pattern");
        if (type.kind() != JavaType.Kind.STRING) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, patternPointer, "pattern applies only to String keys");
            return null;
        }
        return nodes.compiles(pattern, patternPointer) ? pattern : null;
    }

    private Integer listCount(Integer minItems, String pointer, JavaType type) {
        if (minItems != null && !type.isList()) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, "minItems"),
                    "minItems applies only to lists");
            return null;
        }
        return minItems;
    }

    private void mismatch(String pointer, String value, JavaType type) {
        nodes.problems().add(DiagnosticIds.BAD_VALUE, pointer,
                value + " is not a value of type " + WarningReader.describe(type) + "; fix the value or x-aml-java-type");
    }
}
