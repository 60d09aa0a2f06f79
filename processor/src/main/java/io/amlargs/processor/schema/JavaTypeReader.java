package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Reads {@code x-aml-java-type}: one of the fixed types, the Java name of a definition (with a
 * {@code $ref} to it), or {@code List<Name>} (with {@code items.$ref}).
 */
final class JavaTypeReader {

    private static final Pattern LIST = Pattern.compile("List\\s*<\\s*(\\w+)\\s*>");
    private static final String REF_PREFIX = "#/$defs/";

    private final NodeReader nodes;

    JavaTypeReader(NodeReader nodes) {
        this.nodes = nodes;
    }

    /** Returns the type, or null after recording a problem. */
    JavaType read(JsonNode node, String pointer) {
        String spelling = nodes.text(node, "x-aml-java-type", pointer, true);
        if (spelling == null) {
            return null;
        }
        JavaType fixed = JavaType.fixed(spelling).orElse(null);
        if (fixed != null) {
            return fixed;
        }

        Matcher list = LIST.matcher(spelling.trim());
        JsonNode listItems = node.path("items");
        if (list.matches() && listItems.has("$ref")) {
            String definition = reference(listItems, JsonPointers.child(pointer, "items"));
            return definition == null ? null : new JavaType(JavaType.Kind.DEFINITION_LIST, definition, list.group(1));
        }
        if (SourceVersion.isName(spelling.trim()) && node.has("$ref")) {
            String definition = reference(node, pointer);
            return definition == null ? null : new JavaType(JavaType.Kind.DEFINITION, definition, spelling.trim());
        }
        nodes.problems().add(DiagnosticIds.BAD_JAVA_TYPE, JsonPointers.child(pointer, "x-aml-java-type"),
                "'" + spelling + "' is not a supported Java type; use String, Integer, Double, Boolean, List<String>,"
                        + " Map<String, String>, Map<String, Object>, or the Java name of a definition (or a List of"
                        + " them) together with a $ref to that definition");
        return null;
    }

    private String reference(JsonNode node, String pointer) {
        JsonNode ref = node.get("$ref");
        if (!ref.isTextual()) {
            nodes.problems().add(DiagnosticIds.UNRESOLVED_REF, JsonPointers.child(pointer, "$ref"),
                    "expected a string such as '#/$defs/<name>' for $ref");
            return null;
        }
        String target = ref.asText();
        if (!target.startsWith(REF_PREFIX)) {
            nodes.problems().add(DiagnosticIds.UNRESOLVED_REF, JsonPointers.child(pointer, "$ref"),
                    "$ref '" + target + "' is not supported; refer to a definition as '#/$defs/<name>'");
            return null;
        }
        return target.substring(REF_PREFIX.length()).replace("~1", "/").replace("~0", "~");
    }
}
