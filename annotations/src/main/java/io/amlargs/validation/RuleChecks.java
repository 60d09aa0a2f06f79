package io.amlargs.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cross-field rules of the schema ({@code x-aml-rules}) that generated validators call. Each
 * rule looks only at keys that are set, and reports a violation with the rule's id and fix.
 * Keys and values are parallel lists in schema order; a null value means the key is unset.
 */
public final class RuleChecks {

    private RuleChecks() {
    }

    /** Reports when both values are set and the first is greater than the second. */
    public static void lessOrEqual(
            List<Violation> out, String id, String path, List<String> keys, Number first, Number second, String fix) {
        if (first == null || second == null || first.doubleValue() <= second.doubleValue()) {
            return;
        }
        String message = quoteKey(keys.get(0)) + " is " + ValueText.quote(first) + ", which is greater than "
                + quoteKey(keys.get(1)) + " " + ValueText.quote(second) + "; " + fix;
        out.add(Violation.error(id, ArgPaths.key(path, keys.get(0)), message));
    }

    /** Reports when some but not all of the keys are set. */
    public static void allOrNone(List<Violation> out, String id, String path, List<String> keys, List<?> values, String fix) {
        List<String> set = setKeys(keys, values);
        if (set.isEmpty() || set.size() == keys.size()) {
            return;
        }
        String message = quoteKeys(keys) + " must be set together, but only " + quoteKeys(set) + " "
                + (set.size() == 1 ? "is" : "are") + " set; " + fix;
        out.add(Violation.error(id, path, message));
    }

    /** Reports when none or more than one of the keys is set. */
    public static void exactlyOne(List<Violation> out, String id, String path, List<String> keys, List<?> values, String fix) {
        List<String> set = setKeys(keys, values);
        if (set.size() == 1) {
            return;
        }
        String found = set.isEmpty() ? "none is set" : quoteKeys(set) + " are all set";
        String message = "exactly one of " + quoteKeys(keys) + " must be set, but " + found + "; " + fix;
        out.add(Violation.error(id, path, message));
    }

    /**
     * Reports when {@code condition} is true and {@code requirement} is false.
     *
     * @param conditionText the condition for the message, such as {@code 'identity_type' is 'UserAssigned'}
     * @param requirementText the requirement for the message, such as {@code 'identity_id' must be set}
     */
    public static void requires(
            List<Violation> out,
            String id,
            String path,
            boolean condition,
            boolean requirement,
            String conditionText,
            String requirementText,
            String fix) {
        if (!condition || requirement) {
            return;
        }
        out.add(Violation.error(id, path, "because " + conditionText + ", " + requirementText + "; " + fix));
    }

    private static List<String> setKeys(List<String> keys, List<?> values) {
        List<String> set = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (values.get(i) != null) {
                set.add(keys.get(i));
            }
        }
        return set;
    }

    private static String quoteKeys(List<String> keys) {
        return keys.stream().map(RuleChecks::quoteKey).collect(Collectors.joining(", "));
    }

    private static String quoteKey(String key) {
        return "'" + key + "'";
    }
}
