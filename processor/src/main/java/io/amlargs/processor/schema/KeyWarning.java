package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A warning for a value that validates but no longer works ({@code x-aml-warnings}).
 *
 * @param id the stable message id
 * @param condition which kind of {@code when} applies
 * @param values the {@code const} value (one item) or {@code enum} values; empty otherwise
 * @param pattern the {@code pattern}, or null
 * @param message what is wrong with the value
 * @param fix what to change
 */
public record KeyWarning(String id, Condition condition, List<JsonNode> values, String pattern, String message, String fix) {

    /** The supported {@code when} conditions. */
    public enum Condition {
        /** {@code {}}: any value that is set. */
        ANY,
        /** {@code {"const": v}}. */
        CONST,
        /** {@code {"enum": [...]}}. */
        ENUM,
        /** {@code {"pattern": "regex"}}, matched anywhere in the text of the value. */
        PATTERN
    }

    public KeyWarning {
        values = List.copyOf(values);
    }
}
