package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The JSON Schema checks of one key that generated validators make.
 *
 * @param allowed the {@code enum} values, or empty
 * @param constant the {@code const} value, or null
 * @param minimum the {@code minimum}, or null
 * @param uniqueItems whether list items must be unique
 * @param pattern the {@code pattern} a string must match, or null
 * @param minItems the {@code minItems} of a list, or null
 * @param minLength the {@code minLength} of a string, or of the string form of a list, or null
 * @param itemAllowed the {@code enum} values of list items, or empty
 */
public record Constraints(
        List<JsonNode> allowed,
        JsonNode constant,
        Double minimum,
        boolean uniqueItems,
        String pattern,
        Integer minItems,
        Integer minLength,
        List<JsonNode> itemAllowed) {

    public Constraints {
        allowed = List.copyOf(allowed);
        itemAllowed = List.copyOf(itemAllowed);
    }
}
