package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A cross-field rule of a definition ({@code x-aml-rules}). */
public sealed interface Rule {

    /** Returns the stable message id. */
    String id();

    /** Returns what the user should change. */
    String fix();

    /** Returns every key the rule names, in the order it names them. */
    List<String> keys();

    /** Holds when either key is unset, or the first is at most the second. */
    record LessOrEqual(String id, String fix, List<String> keys) implements Rule {
    }

    /** Holds when all of the keys are set, or none is. */
    record AllOrNone(String id, String fix, List<String> keys) implements Rule {
    }

    /** Holds when exactly one of the keys is set. */
    record ExactlyOne(String id, String fix, List<String> keys) implements Rule {
    }

    /**
     * Holds when the condition does not match, or the requirement is met.
     *
     * @param whenKey the key of the condition
     * @param whenEquals the value the condition key must have, or null to match any set value
     * @param thenAnyOf keys of which at least one must be set, or empty
     * @param thenKey the key that must have {@code thenEquals}, or null
     * @param thenEquals the value {@code thenKey} must have, or null
     */
    record Requires(
            String id,
            String fix,
            String whenKey,
            JsonNode whenEquals,
            List<String> thenAnyOf,
            String thenKey,
            JsonNode thenEquals) implements Rule {

        /** Returns the condition key, then the keys of the requirement. */
        @Override
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            keys.add(whenKey);
            keys.addAll(thenAnyOf);
            if (thenKey != null) {
                keys.add(thenKey);
            }
            return List.copyOf(keys);
        }
    }
}
