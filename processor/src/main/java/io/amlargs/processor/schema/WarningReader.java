package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code x-aml-warnings} of one key. */
final class WarningReader {

    private static final Set<String> KNOWN = Set.of("id", "when", "message", "fix", "$comment");

    private final NodeReader nodes;

    WarningReader(NodeReader nodes) {
        this.nodes = nodes;
    }

    List<KeyWarning> read(JsonNode warnings, String pointer, JavaType type) {
        List<KeyWarning> result = new ArrayList<>();
        if (!warnings.isArray()) {
            nodes.problems().add(DiagnosticIds.MISSING_KEYWORD, pointer, "expected an array of warnings");
            return result;
        }
        for (int i = 0; i < warnings.size(); i++) {
            KeyWarning warning = readOne(warnings.get(i), JsonPointers.child(pointer, i), type);
            if (warning != null) {
                result.add(warning);
            }
        }
        return result;
    }

    private KeyWarning readOne(JsonNode node, String pointer, JavaType type) {
        nodes.rejectUnknownKeywords(node, KNOWN, pointer);
        String id = nodes.text(node, "id", pointer, true);
        String message = nodes.text(node, "message", pointer, true);
        String fix = nodes.text(node, "fix", pointer, true);
        JsonNode when = node.get("when");
        String whenPointer = JsonPointers.child(pointer, "when");
        if (when == null || !when.isObject()) {
            nodes.problems().add(DiagnosticIds.BAD_WARNING, whenPointer,
                    "expected an object for when: {}, {\"const\": v}, {\"enum\": [...]} or {\"pattern\": \"regex\"}");
            return null;
        }
        if (when.size() > 1) {
            nodes.problems().add(DiagnosticIds.BAD_WARNING, whenPointer,
                    "when has " + when.size() + " keywords; use one of const, enum or pattern, or {} for any value");
            return null;
        }
        KeyWarning warning = readCondition(when, whenPointer, type, id, message, fix);
        return id == null || message == null || fix == null ? null : warning;
    }

    private KeyWarning readCondition(JsonNode when, String pointer, JavaType type, String id, String message, String fix) {
        if (when.isEmpty()) {
            return new KeyWarning(id, KeyWarning.Condition.ANY, List.of(), null, message, fix);
        }
        if (when.has("const") && fitsOrReport(when.get("const"), type, JsonPointers.child(pointer, "const"))) {
            return new KeyWarning(id, KeyWarning.Condition.CONST, List.of(when.get("const")), null, message, fix);
        }
        if (when.has("enum") && when.get("enum").isArray()) {
            List<JsonNode> values = new ArrayList<>();
            when.get("enum").forEach(values::add);
            boolean fit = values.stream().allMatch(value -> fitsOrReport(value, type, JsonPointers.child(pointer, "enum")));
            return fit ? new KeyWarning(id, KeyWarning.Condition.ENUM, values, null, message, fix) : null;
        }
        if (when.has("pattern") && when.get("pattern").isTextual()) {
            String pattern = when.get("pattern").asText();
            return nodes.compiles(pattern, JsonPointers.child(pointer, "pattern"))
                    ? new KeyWarning(id, KeyWarning.Condition.PATTERN, List.of(), pattern, message, fix)
                    : null;
        }
        if (!when.has("const")) {
            nodes.problems().add(DiagnosticIds.BAD_WARNING, pointer, "when " + NodeReader.describe(when)
                    + " is not supported; use {}, {\"const\": v}, {\"enum\": [...]} or {\"pattern\": \"regex\"}");
        }
        return null;
    }

    private boolean fitsOrReport(JsonNode value, JavaType type, String pointer) {
        if (ValueFit.fits(value, type)) {
            return true;
        }
        nodes.problems().add(DiagnosticIds.BAD_VALUE, pointer,
                NodeReader.describe(value) + " is not a value of the key's type " + describe(type));
        return false;
    }

    static String describe(JavaType type) {
        return type.kind().spelling() != null ? type.kind().spelling() : type.javaName();
    }
}
