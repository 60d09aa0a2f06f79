package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Problems;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link SchemaModel} of a parsed schema. It reads every definition, then checks the
 * references between them, and records every problem instead of stopping at the first.
 */
public final class SchemaReader {

    private SchemaReader() {
    }

    /** Returns the model of {@code root}; it is complete only when {@code problems} stays empty. */
    public static SchemaModel read(JsonNode root, Problems problems) {
        JsonNode defs = root.path("$defs");
        if (!defs.isObject()) {
            problems.add(DiagnosticIds.MISSING_KEYWORD, "",
                    "the schema has no $defs object; put every definition under $defs");
            return new SchemaModel(List.of());
        }

        NodeReader nodes = new NodeReader(problems);
        DefinitionReader reader = new DefinitionReader(nodes);
        List<Definition> definitions = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = defs.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String pointer = JsonPointers.child("/$defs", entry.getKey());
            Definition definition = reader.read(entry.getKey(), entry.getValue(), pointer);
            if (definition != null) {
                definitions.add(definition);
            }
        }

        SchemaModel model = new SchemaModel(definitions);
        new ReferenceChecker(model, problems).check();
        return model;
    }
}
