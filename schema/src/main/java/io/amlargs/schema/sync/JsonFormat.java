package io.amlargs.schema.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON in the layout of the committed schema files.
 *
 * <p>Objects and arrays open one line per member with two spaces of indent per level, field order
 * is kept as stored, empty containers are written as {@code {}} and {@code []}, and the text ends
 * with a newline. Reading a file in that layout and writing it back gives the same bytes, so a sync
 * that changes nothing leaves the file untouched.
 */
final class JsonFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INDENT = "  ";

    private JsonFormat() {}

    /** Returns {@code node} as formatted JSON text with a trailing newline. */
    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        append(out, node, 0);
        return out.append('\n').toString();
    }

    /** Parses JSON text, keeping field order. */
    static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    private static void append(StringBuilder out, JsonNode node, int depth) {
        if (node.isObject() && node.size() > 0) {
            appendObject(out, node, depth);
        } else if (node.isArray() && node.size() > 0) {
            appendArray(out, node, depth);
        } else {
            out.append(scalar(node));
        }
    }

    private static void appendObject(StringBuilder out, JsonNode node, int depth) {
        out.append('{');
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            newLine(out, depth + 1);
            out.append(quote(field.getKey())).append(": ");
            append(out, field.getValue(), depth + 1);
            if (fields.hasNext()) {
                out.append(',');
            }
        }
        newLine(out, depth);
        out.append('}');
    }

    private static void appendArray(StringBuilder out, JsonNode node, int depth) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            newLine(out, depth + 1);
            append(out, node.get(i), depth + 1);
            if (i < node.size() - 1) {
                out.append(',');
            }
        }
        newLine(out, depth);
        out.append(']');
    }

    private static void newLine(StringBuilder out, int depth) {
        out.append('\n').append(INDENT.repeat(depth));
    }

    private static String quote(String text) {
        return scalar(MAPPER.getNodeFactory().textNode(text));
    }

    private static String scalar(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree built from parsed JSON or node factories always serialises.
            throw new IllegalStateException("cannot write JSON value " + node, e);
        }
    }
}
