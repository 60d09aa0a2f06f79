package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Removes a key that left the page from the {@code required} list and {@code x-aml-rules} of its
 * definition.
 *
 * <p>A rule keeps working without the key where it can: an {@code allOrNone} or {@code exactlyOne}
 * rule with two keys left, or a {@code requires} rule with another key left in {@code then.anyOf}.
 * Such a rule is marked {@code x-aml-review}, since its {@code fix} text may still name the key.
 * Every other rule that names the key is removed.
 */
final class RuleTrimmer {

    private static final String RULES = "x-aml-rules";
    private static final String REQUIRED = "required";

    private RuleTrimmer() {}

    /** Removes {@code key} from {@code required} and the rules of {@code definition}, reporting each rule changed. */
    static void removeKey(String definitionName, ObjectNode definition, String key, DriftReport report) {
        removeText(definition.path(REQUIRED), key);
        if (definition.path(REQUIRED).isArray() && definition.path(REQUIRED).isEmpty()) {
            definition.remove(REQUIRED);
        }

        if (!definition.path(RULES).isArray()) {
            return;
        }
        ArrayNode remaining = definition.arrayNode();
        for (JsonNode rule : definition.get(RULES)) {
            trim(definitionName, (ObjectNode) rule, key, report, remaining);
        }
        if (remaining.isEmpty()) {
            definition.remove(RULES);
        } else {
            definition.set(RULES, remaining);
        }
    }

    private static void trim(String definitionName, ObjectNode rule, String key, DriftReport report, ArrayNode remaining) {
        String id = rule.path("id").asText();
        Outcome outcome = outcome(rule, key);
        if (outcome == Outcome.REMOVED) {
            report.add(new Drift(definitionName, Drift.Kind.RULE_REMOVED, id, key, null));
            return;
        }
        if (outcome == Outcome.NARROWED) {
            rule.put("x-aml-review", true);
            report.add(new Drift(definitionName, Drift.Kind.RULE_NARROWED, id, key, null));
        }
        remaining.add(rule);
    }

    private enum Outcome {
        UNCHANGED,
        NARROWED,
        REMOVED
    }

    private static Outcome outcome(ObjectNode rule, String key) {
        return switch (rule.path("kind").asText()) {
            case "allOrNone", "exactlyOne" -> narrowList(rule.path("keys"), key, 2);
            case "requires" -> requires(rule, key);
            default -> names(rule, key) ? Outcome.REMOVED : Outcome.UNCHANGED;
        };
    }

    private static Outcome requires(ObjectNode rule, String key) {
        boolean inCondition = rule.path("when").path("key").asText().equals(key)
                || rule.path("then").path("key").asText().equals(key);
        if (inCondition) {
            return Outcome.REMOVED;
        }
        return narrowList(rule.path("then").path("anyOf"), key, 1);
    }

    private static Outcome narrowList(JsonNode keys, String key, int minimumLeft) {
        if (!removeText(keys, key)) {
            return Outcome.UNCHANGED;
        }
        return keys.size() >= minimumLeft ? Outcome.NARROWED : Outcome.REMOVED;
    }

    private static boolean names(JsonNode node, String key) {
        if (node.isTextual()) {
            return node.asText().equals(key);
        }
        for (JsonNode child : node) {
            if (names(child, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean removeText(JsonNode array, String text) {
        if (!array.isArray()) {
            return false;
        }
        boolean removed = false;
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asText().equals(text)) {
                ((ArrayNode) array).remove(i);
                removed = true;
            }
        }
        return removed;
    }
}
