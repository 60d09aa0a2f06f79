package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code x-aml-rules} of one definition and checks their operands against its keys. */
final class RuleReader {

    private static final Set<String> KNOWN = Set.of("id", "kind", "keys", "when", "then", "fix", "$comment");

    private final NodeReader nodes;

    RuleReader(NodeReader nodes) {
        this.nodes = nodes;
    }

    List<Rule> read(JsonNode rules, String pointer, Map<String, Property> properties) {
        List<Rule> result = new ArrayList<>();
        if (!rules.isArray()) {
            nodes.problems().add(DiagnosticIds.MISSING_KEYWORD, pointer, "expected an array of rules");
            return result;
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = readOne(rules.get(i), JsonPointers.child(pointer, i), properties);
            if (rule != null) {
                result.add(rule);
            }
        }
        return result;
    }

    private Rule readOne(JsonNode node, String pointer, Map<String, Property> properties) {
        nodes.rejectUnknownKeywords(node, KNOWN, pointer);
        String id = nodes.text(node, "id", pointer, true);
        String kind = nodes.text(node, "kind", pointer, true);
        String fix = nodes.text(node, "fix", pointer, true);
        if (id == null || kind == null || fix == null) {
            return null;
        }

        return switch (kind) {
            case "lessOrEqual" -> lessOrEqual(node, pointer, properties, id, fix);
            case "allOrNone" -> {
                List<String> keys = keys(node, pointer, properties, 2);
                yield keys == null ? null : new Rule.AllOrNone(id, fix, keys);
            }
            case "exactlyOne" -> {
                List<String> keys = keys(node, pointer, properties, 2);
                yield keys == null ? null : new Rule.ExactlyOne(id, fix, keys);
            }
            case "requires" -> requires(node, pointer, properties, id, fix);
            default -> {
                nodes.problems().add(DiagnosticIds.UNKNOWN_RULE_KIND, JsonPointers.child(pointer, "kind"),
                        "'" + kind + "' is not a rule kind; use lessOrEqual, allOrNone, exactlyOne or requires");
                yield null;
            }
        };
    }

    private Rule lessOrEqual(JsonNode node, String pointer, Map<String, Property> properties, String id, String fix) {
        List<String> keys = keys(node, pointer, properties, 2);
        if (keys == null) {
            return null;
        }
        if (keys.size() != 2 || keys.stream().anyMatch(key -> !properties.get(key).type().isNumber())) {
            nodes.problems().add(DiagnosticIds.BAD_RULE, JsonPointers.child(pointer, "keys"),
                    "lessOrEqual compares exactly two keys of type Integer or Double");
            return null;
        }
        return new Rule.LessOrEqual(id, fix, keys);
    }

    private Rule requires(JsonNode node, String pointer, Map<String, Property> properties, String id, String fix) {
        JsonNode when = node.path("when");
        JsonNode then = node.path("then");
        String whenPointer = JsonPointers.child(pointer, "when");
        String thenPointer = JsonPointers.child(pointer, "then");
        String whenKey = key(when, whenPointer, properties);
        JsonNode whenEquals = equalsValue(when, whenPointer, properties.get(whenKey), false);

        List<String> anyOf = then.has("anyOf") ? keys(then, thenPointer, properties, 1, "anyOf") : List.of();
        String thenKey = then.has("anyOf") ? null : key(then, thenPointer, properties);
        JsonNode thenEquals = thenKey == null ? null : equalsValue(then, thenPointer, properties.get(thenKey), true);

        boolean valid = whenKey != null && anyOf != null && (then.has("anyOf") || thenEquals != null);
        return valid ? new Rule.Requires(id, fix, whenKey, whenEquals, anyOf, thenKey, thenEquals) : null;
    }

    private String key(JsonNode node, String pointer, Map<String, Property> properties) {
        String key = nodes.text(node, "key", pointer, true);
        if (key != null && !properties.containsKey(key)) {
            unknownKey(JsonPointers.child(pointer, "key"), key);
            return null;
        }
        return key;
    }

    private JsonNode equalsValue(JsonNode node, String pointer, Property property, boolean required) {
        JsonNode value = node.get("equals");
        if (value == null && required) {
            nodes.problems().add(DiagnosticIds.BAD_RULE, pointer,
                    "then needs either anyOf: [keys] or key and equals");
        }
        if (value == null || property == null) {
            return null;
        }
        if (!ValueFit.fits(value, property.type()) || property.type().isList() || property.type().isMap()) {
            nodes.problems().add(DiagnosticIds.BAD_RULE, JsonPointers.child(pointer, "equals"),
                    NodeReader.describe(value) + " is not a plain value of the type of '" + property.name() + "'");
            return null;
        }
        return value;
    }

    private List<String> keys(JsonNode node, String pointer, Map<String, Property> properties, int minimum) {
        return keys(node, pointer, properties, minimum, "keys");
    }

    private List<String> keys(JsonNode node, String pointer, Map<String, Property> properties, int minimum, String keyword) {
        List<String> keys = nodes.texts(node, keyword, pointer);
        String keysPointer = JsonPointers.child(pointer, keyword);
        if (keys.size() < minimum) {
            nodes.problems().add(DiagnosticIds.BAD_RULE, keysPointer,
                    keyword + " needs at least " + minimum + " key" + (minimum == 1 ? "" : "s"));
            return null;
        }
        boolean known = true;
        for (String key : keys) {
            if (!properties.containsKey(key)) {
                unknownKey(keysPointer, key);
                known = false;
            }
        }
        return known ? keys : null;
    }

    private void unknownKey(String pointer, String key) {
        nodes.problems().add(DiagnosticIds.BAD_RULE, pointer,
                "'" + key + "' is not a key of this definition; use a name from its properties");
    }
}
