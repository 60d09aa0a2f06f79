package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Reads one entry of {@code $defs} into a {@link Definition}. */
final class DefinitionReader {

    private static final Set<String> KNOWN = Set.of(
            "type", "x-aml-kind", "x-aml-java-name", "x-aml-group", "x-aml-variant", "x-aml-selector",
            "x-aml-discriminator", "oneOf", "properties", "required", "additionalProperties", "x-aml-rules",
            "description", "title", "$comment");

    private static final String REF_PREFIX = "#/$defs/";

    private final NodeReader nodes;

    DefinitionReader(NodeReader nodes) {
        this.nodes = nodes;
    }

    /** Returns the definition, or null when its kind or Java name cannot be read. */
    Definition read(String name, JsonNode node, String pointer) {
        nodes.rejectUnknownKeywords(node, KNOWN, pointer);
        DefinitionKind kind = kind(node, pointer);
        String javaName = javaName(node, pointer);
        if (kind == null || javaName == null) {
            return null;
        }

        boolean grouped = kind == DefinitionKind.GROUP || kind == DefinitionKind.GROUP_VARIANTS
                || kind == DefinitionKind.VARIANT;
        String group = nodes.text(node, "x-aml-group", pointer, grouped);
        String variant = nodes.text(node, "x-aml-variant", pointer, kind == DefinitionKind.VARIANT);
        String selector = nodes.text(node, "x-aml-selector", pointer, kind == DefinitionKind.GROUP_VARIANTS);
        String discriminator = nodes.text(node, "x-aml-discriminator", pointer, kind == DefinitionKind.UNION);
        List<String> members = kind.isRecord() ? List.of() : members(node, pointer);

        List<Property> properties = kind.isRecord() ? properties(node, pointer) : List.of();
        Map<String, Property> byName = new LinkedHashMap<>();
        properties.forEach(property -> byName.put(property.name(), property));
        List<Rule> rules = node.has("x-aml-rules")
                ? new RuleReader(nodes).read(node.get("x-aml-rules"), JsonPointers.child(pointer, "x-aml-rules"), byName)
                : List.of();

        return new Definition(name, pointer, kind, javaName, node.path("description").asText(""), group, variant,
                selector, discriminator, members, properties, rules);
    }

    private DefinitionKind kind(JsonNode node, String pointer) {
        String keyword = nodes.text(node, "x-aml-kind", pointer, true);
        if (keyword == null) {
            return null;
        }
        DefinitionKind kind = DefinitionKind.fromKeyword(keyword).orElse(null);
        if (kind == null) {
            nodes.problems().add(DiagnosticIds.UNKNOWN_KIND, JsonPointers.child(pointer, "x-aml-kind"),
                    "'" + keyword + "' is not a definition kind; use group, group-variants, variant, type or union");
        }
        return kind;
    }

    private String javaName(JsonNode node, String pointer) {
        String javaName = nodes.text(node, "x-aml-java-name", pointer, true);
        if (javaName != null && !SourceVersion.isName(javaName)) {
            nodes.problems().add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, "x-aml-java-name"),
                    "'" + javaName + "' is not a valid Java type name");
            return null;
        }
        return javaName;
    }

    private List<String> members(JsonNode node, String pointer) {
        JsonNode oneOf = node.get("oneOf");
        String oneOfPointer = JsonPointers.child(pointer, "oneOf");
        List<String> members = new ArrayList<>();
        if (oneOf == null || !oneOf.isArray() || oneOf.isEmpty()) {
            nodes.problems().add(DiagnosticIds.MISSING_KEYWORD, oneOfPointer,
                    "expected a non-empty oneOf array of {\"$ref\": \"#/$defs/<name>\"}");
            return members;
        }
        for (int i = 0; i < oneOf.size(); i++) {
            String ref = nodes.text(oneOf.get(i), "$ref", JsonPointers.child(oneOfPointer, i), true);
            if (ref != null && ref.startsWith(REF_PREFIX)) {
                members.add(ref.substring(REF_PREFIX.length()));
            } else if (ref != null) {
                nodes.problems().add(DiagnosticIds.UNRESOLVED_REF, JsonPointers.child(oneOfPointer, i),
                        "$ref '" + ref + "' is not supported; refer to a definition as '#/$defs/<name>'");
            }
        }
        return members;
    }

    private List<Property> properties(JsonNode node, String pointer) {
        JsonNode additional = node.get("additionalProperties");
        if (additional == null || !additional.isBoolean() || additional.asBoolean()) {
            nodes.problems().add(DiagnosticIds.MISSING_KEYWORD, JsonPointers.child(pointer, "additionalProperties"),
                    "a definition with keys must set additionalProperties to false, because unknown keys are errors");
        }
        JsonNode entries = node.path("properties");
        String propertiesPointer = JsonPointers.child(pointer, "properties");
        if (!entries.isObject()) {
            nodes.problems().add(DiagnosticIds.MISSING_KEYWORD, propertiesPointer, "expected an object of keys");
            return List.of();
        }

        List<String> keys = new ArrayList<>();
        entries.fieldNames().forEachRemaining(keys::add);
        Set<String> required = required(node, pointer, keys);
        List<String> javaNames = JavaNames.componentNames(keys);
        Set<String> seen = new HashSet<>();
        List<Property> properties = new ArrayList<>();
        Iterator<String> names = javaNames.iterator();
        for (String key : keys) {
            String javaName = names.next();
            String keyPointer = JsonPointers.child(propertiesPointer, key);
            if (!seen.add(javaName)) {
                nodes.problems().add(DiagnosticIds.NAME_CLASH, keyPointer,
                        "'" + key + "' has the Java name '" + javaName + "', which an earlier key already has;"
                                + " rename one of the keys");
                continue;
            }
            Property property = new PropertyReader(nodes).read(key, javaName, entries.get(key), keyPointer,
                    required.contains(key));
            if (property != null) {
                properties.add(property);
            }
        }
        return properties;
    }

    private Set<String> required(JsonNode node, String pointer, List<String> keys) {
        Set<String> required = new HashSet<>(nodes.texts(node, "required", pointer));
        for (String key : required) {
            if (!keys.contains(key)) {
                nodes.problems().add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, "required"),
                        "'" + key + "' is required but is not in properties; add the key or remove it from required");
            }
        }
        return required;
    }
}
