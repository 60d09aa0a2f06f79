package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the facts of a docs page into the schema's argument dictionaries.
 *
 * <p>Groups and variants are matched by their {@code x-aml-group} and {@code x-aml-variant}
 * markers. One that left the page is removed with its definition. One new on the page gets a new
 * definition, placed after the definition of what precedes it on the page, and a new variant is
 * referenced from its group's {@code oneOf}. Definitions the page does not describe, such as
 * {@code auth} or {@code DataPath}, are kept as they are. Keys are merged by {@link KeyMerger}.
 */
final class SchemaMerger {

    private static final String KIND = "x-aml-kind";
    private static final String GROUP_VARIANTS = "group-variants";

    /** Merges {@code page} into a copy of {@code schema}. */
    MergeResult merge(DocsPage page, ObjectNode schema) {
        ObjectNode merged = schema.deepCopy();
        ObjectNode defs = (ObjectNode) merged.get("$defs");
        DriftReport report = new DriftReport();

        removeMissing(page, defs, report);
        KeyMerger keys = new KeyMerger(new TypeMapping(defs), report);
        String previous = null;
        for (DocumentedGroup group : page.groups()) {
            previous = group.hasVariants()
                    ? mergeVariants(group, defs, keys, report, previous)
                    : mergeGroup(group, defs, keys, report, previous);
        }
        return new MergeResult(merged, report);
    }

    private static String mergeGroup(
            DocumentedGroup group, ObjectNode defs, KeyMerger keys, DriftReport report, String previous) {
        String name = find(defs, group.name(), null);
        boolean created = name == null;
        if (created) {
            name = group.name();
            JsonFields.insertAfter(defs, previous, name, NewDefinitions.group(group.name()));
            report.add(new Drift(name, Drift.Kind.GROUP_ADDED, group.name(), null, keyCount(group.keys())));
        }
        keys.mergeKeys(name, (ObjectNode) defs.get(name), group.keys(), created);
        return name;
    }

    private static String mergeVariants(
            DocumentedGroup group, ObjectNode defs, KeyMerger keys, DriftReport report, String previous) {
        String groupName = find(defs, group.name(), null);
        if (groupName == null) {
            groupName = group.name();
            JsonFields.insertAfter(defs, previous, groupName, NewDefinitions.groupWithVariants(group.name()));
            report.add(new Drift(groupName, Drift.Kind.GROUP_ADDED, group.name(), null,
                    count(group.variants().size(), "variant")));
        }

        String last = groupName;
        ArrayNode references = defs.arrayNode();
        for (DocumentedVariant variant : group.variants()) {
            String name = find(defs, group.name(), variant.name());
            boolean created = name == null;
            if (created) {
                name = group.name() + "." + variant.name();
                JsonFields.insertAfter(defs, last, name, NewDefinitions.variant(group.name(), variant.name()));
                report.add(new Drift(groupName, Drift.Kind.VARIANT_ADDED, variant.name(), null,
                        "definition " + name + ", " + keyCount(variant.keys())));
            }
            keys.mergeKeys(name, (ObjectNode) defs.get(name), variant.keys(), created);
            references.addObject().put("$ref", "#/$defs/" + name);
            last = laterOf(defs, last, name);
        }

        ((ObjectNode) defs.get(groupName)).set("oneOf", references);
        return last;
    }

    /** Removes the groups and variants that left the page, and groups whose shape changed. */
    private static void removeMissing(DocsPage page, ObjectNode defs, DriftReport report) {
        Map<String, DocumentedGroup> onPage = new LinkedHashMap<>();
        page.groups().forEach(group -> onPage.put(group.name(), group));

        List<String> removed = new ArrayList<>();
        defs.fields().forEachRemaining(entry -> {
            JsonNode definition = entry.getValue();
            String kind = definition.path(KIND).asText();
            DocumentedGroup group = onPage.get(definition.path("x-aml-group").asText());
            if (kind.equals("group") || kind.equals(GROUP_VARIANTS)) {
                if (group == null || group.hasVariants() != kind.equals(GROUP_VARIANTS)) {
                    removed.add(entry.getKey());
                    report.add(new Drift(entry.getKey(), Drift.Kind.GROUP_REMOVED, definition.path("x-aml-group").asText(), null, null));
                }
            } else if (kind.equals("variant") && !variantOnPage(group, definition.path("x-aml-variant").asText())) {
                removed.add(entry.getKey());
                report.add(new Drift(entry.getKey(), Drift.Kind.VARIANT_REMOVED, definition.path("x-aml-variant").asText(), null, null));
            }
        });
        removed.forEach(defs::remove);
    }

    private static boolean variantOnPage(DocumentedGroup group, String variant) {
        return group != null && group.variants().stream().anyMatch(documented -> documented.name().equals(variant));
    }

    /** Returns the name of the definition of a group (variant null) or variant, or null. */
    private static String find(ObjectNode defs, String group, String variant) {
        for (Map.Entry<String, JsonNode> entry : iterable(defs)) {
            JsonNode definition = entry.getValue();
            String kind = definition.path(KIND).asText();
            boolean sameGroup = definition.path("x-aml-group").asText().equals(group);
            boolean match = variant == null
                    ? sameGroup && (kind.equals("group") || kind.equals(GROUP_VARIANTS))
                    : sameGroup && kind.equals("variant") && definition.path("x-aml-variant").asText().equals(variant);
            if (match) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Returns whichever of two definition names comes later in {@code $defs}. */
    private static String laterOf(ObjectNode defs, String first, String second) {
        List<String> order = new ArrayList<>();
        defs.fieldNames().forEachRemaining(order::add);
        return order.indexOf(second) > order.indexOf(first) ? second : first;
    }

    private static String keyCount(List<DocumentedKey> keys) {
        return count(keys.size(), "key");
    }

    private static String count(int size, String noun) {
        return size + " " + noun + (size == 1 ? "" : "s");
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
