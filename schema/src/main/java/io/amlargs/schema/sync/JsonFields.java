package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Places fields in a JSON object at a given position, since the schema's field order is part of its format. */
final class JsonFields {

    private JsonFields() {}

    /**
     * Sets {@code field} to {@code value}. An existing field keeps its place. A new field goes right
     * after the last field of {@code anchors} that {@code node} has, or last when it has none.
     */
    static void putAfter(ObjectNode node, String field, JsonNode value, Collection<String> anchors) {
        if (node.has(field)) {
            node.set(field, value);
            return;
        }

        int position = -1;
        List<Map.Entry<String, JsonNode>> entries = entries(node);
        for (int i = 0; i < entries.size(); i++) {
            if (anchors.contains(entries.get(i).getKey())) {
                position = i;
            }
        }
        if (position < 0) {
            node.set(field, value);
            return;
        }
        entries.add(position + 1, Map.entry(field, value));
        replaceAll(node, entries);
    }

    /** Inserts a new field right after {@code previous}, or first when {@code previous} is null. */
    static void insertAfter(ObjectNode node, String previous, String field, JsonNode value) {
        List<Map.Entry<String, JsonNode>> entries = entries(node);
        int position = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getKey().equals(previous)) {
                position = i + 1;
            }
        }
        entries.add(position, Map.entry(field, value));
        replaceAll(node, entries);
    }

    private static List<Map.Entry<String, JsonNode>> entries(ObjectNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entry -> entries.add(Map.entry(entry.getKey(), entry.getValue())));
        return entries;
    }

    private static void replaceAll(ObjectNode node, List<Map.Entry<String, JsonNode>> entries) {
        node.removeAll();
        entries.forEach(entry -> node.set(entry.getKey(), entry.getValue()));
    }
}
