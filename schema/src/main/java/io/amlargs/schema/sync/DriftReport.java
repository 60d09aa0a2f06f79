package io.amlargs.schema.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every difference between the docs page and the schema, grouped by schema definition. */
public final class DriftReport {

    private final List<Drift> drifts = new ArrayList<>();

    void add(Drift drift) {
        drifts.add(drift);
    }

    /** Returns whether the page and the schema agree. */
    public boolean isEmpty() {
        return drifts.isEmpty();
    }

    /** Returns the differences in the order they were found, which follows the page. */
    public List<Drift> drifts() {
        return List.copyOf(drifts);
    }

    /**
     * Renders the report as indented text: one heading line per definition, then one line per
     * difference.
     */
    public String format() {
        if (drifts.isEmpty()) {
            return "no drift: the schema states what the docs page states\n";
        }

        Map<String, List<Drift>> byDefinition = new LinkedHashMap<>();
        drifts.forEach(drift -> byDefinition.computeIfAbsent(drift.definition(), name -> new ArrayList<>()).add(drift));

        StringBuilder out = new StringBuilder()
                .append(drifts.size()).append(drifts.size() == 1 ? " difference" : " differences")
                .append(" between the docs page and the schema:\n");
        byDefinition.forEach((definition, entries) -> {
            out.append(definition).append('\n');
            entries.forEach(drift -> out.append("  ").append(drift.describe()).append('\n'));
        });
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
