package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/** Tells whether a JSON value from the schema, such as a default, fits a key's Java type. */
final class ValueFit {

    private ValueFit() {
    }

    /**
     * Returns whether {@code value} can be written as a Java literal of {@code type}. Maps must
     * be empty, because a map literal would not keep the schema's key order.
     */
    static boolean fits(JsonNode value, JavaType type) {
        return switch (type.kind()) {
            case STRING -> value.isTextual();
            case INTEGER -> value.isIntegralNumber() && value.canConvertToInt();
            case DOUBLE -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case STRING_LIST -> value.isArray() && allTextual(value.elements());
            case STRING_MAP, OBJECT_MAP -> value.isObject() && value.isEmpty();
            case DEFINITION, DEFINITION_LIST -> false;
        };
    }

    /** Returns whether {@code value} fits one item of a list of strings. */
    static boolean fitsItem(JsonNode value) {
        return value.isTextual();
    }

    private static boolean allTextual(Iterator<JsonNode> items) {
        while (items.hasNext()) {
            if (!items.next().isTextual()) {
                return false;
            }
        }
        return true;
    }
}
