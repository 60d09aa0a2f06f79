package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the {@code properties} of one group or variant in line with the page's keys.
 *
 * <p>The page decides which keys exist, their order, their documented type, their documented
 * default, their allowed values when it lists them, and whether they are internal. Everything else
 * on a key (description, effective {@code default}, secret and path markers, warnings, refined
 * types) is kept. A key new on the page gets a placeholder description and {@code x-aml-review};
 * a key whose type changed, or whose effective default no longer matches, is also marked for
 * review.
 */
final class KeyMerger {

    static final String REVIEW = "x-aml-review";
    static final String DOCUMENTED_TYPE = "x-aml-documented-type";
    static final String DOCUMENTED_DEFAULT = "x-aml-documented-default";

    private static final String JAVA_TYPE = "x-aml-java-type";
    private static final String INTERNAL = "x-aml-internal";
    private static final Set<String> TYPE_ANCHORS = Set.of("type", "items", "additionalProperties", "oneOf", "$ref");
    private static final Set<String> DEFAULT_ANCHORS = Set.of("description", "default");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TypeMapping types;
    private final DriftReport report;

    KeyMerger(TypeMapping types, DriftReport report) {
        this.types = types;
        this.report = report;
    }

    /**
     * Replaces the {@code properties} of {@code definition} with the page's keys.
     *
     * @param created whether the definition is new, in which case its keys are not reported one by one
     */
    void mergeKeys(String definitionName, ObjectNode definition, List<DocumentedKey> keys, boolean created) {
        JsonNode old = definition.path("properties");
        ObjectNode merged = NODES.objectNode();
        for (DocumentedKey key : keys) {
            if (old.has(key.name())) {
                merged.set(key.name(), mergeKey(definitionName, (ObjectNode) old.get(key.name()), key));
            } else {
                merged.set(key.name(), newKey(key));
                if (!created) {
                    report.add(new Drift(definitionName, Drift.Kind.KEY_ADDED, key.name(), null, key.type().text()));
                }
            }
        }

        reportReordering(definitionName, old, merged);
        removeMissing(definitionName, definition, old, merged);
        JsonFields.putAfter(definition, "properties", merged, Set.of("description"));
    }

    private ObjectNode mergeKey(String definitionName, ObjectNode old, DocumentedKey key) {
        ObjectNode merged = old.deepCopy();
        boolean review = false;

        String oldType = old.path(DOCUMENTED_TYPE).asText(null);
        if (!key.type().text().equals(oldType) || !types.agrees(key.type(), old)) {
            report.add(new Drift(definitionName, Drift.Kind.KEY_RETYPED, key.name(), oldType, key.type().text()));
            merged = retype(old, key.type());
            review = true;
        }

        mergeAllowedValues(definitionName, old, merged, key);
        review |= mergeDocumentedDefault(definitionName, old, merged, key);
        if (key.internal() && !old.path(INTERNAL).asBoolean()) {
            report.add(new Drift(definitionName, Drift.Kind.KEY_MARKED_INTERNAL, key.name(), null, null));
            merged.put(INTERNAL, true);
        }

        if (review) {
            merged.put(REVIEW, true);
        }
        return merged;
    }

    private ObjectNode newKey(DocumentedKey key) {
        ObjectNode created = valueSchema(key.type());
        allowedValues(key).ifPresent(values -> JsonFields.putAfter(created, "enum", values, TYPE_ANCHORS));
        created.put("description", "TODO: describe " + key.name());
        key.documentedDefault().ifPresent(value -> created.set(DOCUMENTED_DEFAULT, value));
        if (key.internal()) {
            created.put(INTERNAL, true);
        }
        created.put(REVIEW, true);
        return created;
    }

    /** Rebuilds a key's value keywords from its new type, keeping the other fields in their order. */
    private ObjectNode retype(ObjectNode old, DocumentedType type) {
        ObjectNode retyped = valueSchema(type);
        old.fields().forEachRemaining(field -> {
            boolean valueKeyword = TypeMapping.VALUE_KEYWORDS.contains(field.getKey());
            if (!valueKeyword && !field.getKey().equals(DOCUMENTED_TYPE)) {
                retyped.set(field.getKey(), field.getValue());
            }
        });
        return retyped;
    }

    private ObjectNode valueSchema(DocumentedType type) {
        TypeMapping.ValueSchema mapped = types.schemaFor(type);
        ObjectNode schema = mapped.keywords().deepCopy();
        String stringForm = schema.has("x-aml-string-form") ? schema.remove("x-aml-string-form").asText() : null;
        schema.put(JAVA_TYPE, mapped.javaType());
        schema.put(DOCUMENTED_TYPE, type.text());
        if (stringForm != null) {
            schema.put("x-aml-string-form", stringForm);
        }
        return schema;
    }

    private void mergeAllowedValues(String definitionName, ObjectNode old, ObjectNode merged, DocumentedKey key) {
        Optional<ArrayNode> values = allowedValues(key);
        if (values.isEmpty()) {
            // The page lists no values, so any enum is the schema's own refinement.
            return;
        }
        if (!values.get().equals(old.get("enum"))) {
            report.add(new Drift(definitionName, Drift.Kind.ALLOWED_VALUES_CHANGED, key.name(),
                    text(old.get("enum")), values.get().toString()));
        }
        JsonFields.putAfter(merged, "enum", values.get(), TYPE_ANCHORS);
    }

    /**
     * Aligns {@code x-aml-documented-default} with the page. The schema states the page's default
     * either there or, when the effective {@code default} is the same value, only in {@code default}.
     *
     * @return whether the effective default now differs from a changed documented default
     */
    private boolean mergeDocumentedDefault(String definitionName, ObjectNode old, ObjectNode merged, DocumentedKey key) {
        JsonNode documented = old.get(DOCUMENTED_DEFAULT);
        JsonNode effective = old.get("default");

        if (key.documentedDefault().isEmpty()) {
            // NOTE: a page default that equalled the effective default and then left the page is not
            // seen here, because the schema keeps no record that the page once stated it.
            if (documented != null) {
                report.add(new Drift(definitionName, Drift.Kind.KEY_REDEFAULTED, key.name(), documented.toString(), null));
                merged.remove(DOCUMENTED_DEFAULT);
            }
            return false;
        }

        JsonNode stated = key.documentedDefault().get();
        boolean effectiveMatches = stated.equals(effective);
        boolean inSync = documented != null ? documented.equals(stated) : effectiveMatches;
        if (inSync) {
            return false;
        }

        JsonNode before = documented != null ? documented : effective;
        report.add(new Drift(definitionName, Drift.Kind.KEY_REDEFAULTED, key.name(), text(before), stated.toString()));
        if (effectiveMatches) {
            merged.remove(DOCUMENTED_DEFAULT);
        } else {
            JsonFields.putAfter(merged, DOCUMENTED_DEFAULT, stated, DEFAULT_ANCHORS);
        }
        return effective != null && !effectiveMatches;
    }

    private static Optional<ArrayNode> allowedValues(DocumentedKey key) {
        if (key.allowedValues().isEmpty() || key.type().kind() == DocumentedType.Kind.BOOLEAN) {
            // True and False are all a bool can be; an enum would add nothing.
            return Optional.empty();
        }
        ArrayNode values = NODES.arrayNode();
        key.allowedValues().forEach(values::add);
        return Optional.of(values);
    }

    private void reportReordering(String definitionName, JsonNode old, ObjectNode merged) {
        List<String> oldOrder = new ArrayList<>();
        old.fieldNames().forEachRemaining(name -> {
            if (merged.has(name)) {
                oldOrder.add(name);
            }
        });
        List<String> newOrder = new ArrayList<>();
        merged.fieldNames().forEachRemaining(name -> {
            if (old.has(name)) {
                newOrder.add(name);
            }
        });

        if (!oldOrder.equals(newOrder)) {
            report.add(new Drift(definitionName, Drift.Kind.KEYS_REORDERED, null,
                    String.join(", ", oldOrder), String.join(", ", newOrder)));
        }
    }

    private void removeMissing(String definitionName, ObjectNode definition, JsonNode old, ObjectNode merged) {
        List<String> removed = new ArrayList<>();
        old.fieldNames().forEachRemaining(name -> {
            if (!merged.has(name)) {
                removed.add(name);
            }
        });

        for (String name : removed) {
            boolean required = false;
            for (JsonNode requiredKey : definition.path("required")) {
                required |= requiredKey.asText().equals(name);
            }
            report.add(new Drift(definitionName, Drift.Kind.KEY_REMOVED, name, required ? "was required" : null, null));
            RuleTrimmer.removeKey(definitionName, definition, name, report);
        }
    }

    private static String text(JsonNode value) {
        return value == null ? null : value.toString();
    }
}
