package io.amlargs.schema.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.regex.Pattern;

/**
 * Converts a default as the page writes it ({@code None}, {@code 'basic'}, {@code True},
 * {@code 1800}, {@code ["pip"]}) into the JSON value the schema stores.
 */
final class DefaultValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$");

    private DefaultValues() {}

    /**
     * Converts the text of a stated default.
     *
     * <p>{@code None} becomes JSON null and {@code True}/{@code False} booleans. Quoted text is a
     * string as written. Text that opens with a bracket is read as a JSON array, with Python's single quotes
     * accepted. A number becomes a JSON number only for an {@code int} or {@code float} key, so a
     * {@code str} default such as {@code 3.6.2} or {@code 0} stays text. Anything else is kept as
     * text, without a closing full stop.
     *
     * @throws IllegalArgumentException if {@code text} is blank or a bracketed list is not a valid
     *     list
     */
    static JsonNode parse(String text, DocumentedType type) {
        String value = withoutFullStop(text.strip());
        if (value.isEmpty()) {
            throw new IllegalArgumentException("default value is empty");
        }

        if (value.equals("None")) {
            return NODES.nullNode();
        }
        if (value.equals("True") || value.equals("False")) {
            return NODES.booleanNode(value.equals("True"));
        }
        if (isQuoted(value)) {
            return NODES.textNode(value.substring(1, value.length() - 1));
        }
        if (value.startsWith("[")) {
            return list(value);
        }
        if (isNumeric(type) && DECIMAL.matcher(value).matches()) {
            return number(value);
        }
        return NODES.textNode(value);
    }

    private static String withoutFullStop(String value) {
        return value.endsWith(".") ? value.substring(0, value.length() - 1).strip() : value;
    }

    private static boolean isQuoted(String value) {
        if (value.length() < 2) {
            return false;
        }
        char first = value.charAt(0);
        return (first == '\'' || first == '"') && value.charAt(value.length() - 1) == first;
    }

    private static JsonNode list(String value) {
        String json = value.contains("\"") ? value : value.replace('\'', '"');
        try {
            JsonNode list = MAPPER.readTree(json);
            if (list.isArray()) {
                return list;
            }
        } catch (JsonProcessingException e) {
            // Reported below with the value, which is clearer than the JSON parser's position.
        }
        throw new IllegalArgumentException("default value " + value + " is not a valid list; write it as [\"a\", \"b\"]");
    }

    private static boolean isNumeric(DocumentedType type) {
        return type.kind() == DocumentedType.Kind.INTEGER || type.kind() == DocumentedType.Kind.NUMBER;
    }

    private static JsonNode number(String value) {
        try {
            // Jackson picks the smallest node type for the number, as it does when it reads the schema file.
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("default value " + value + " is not a number", e);
        }
    }
}
