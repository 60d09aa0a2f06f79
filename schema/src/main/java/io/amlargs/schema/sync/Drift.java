package io.amlargs.schema.sync;

/**
 * One difference between the docs page and the schema.
 *
 * @param definition the schema definition it concerns, such as {@code compute_args.AmlComputeCluster}
 * @param kind what differs
 * @param subject the key, variant or rule id it concerns
 * @param before the schema's side, or null when the schema has nothing there
 * @param after the page's side, or null when the page has nothing there
 */
public record Drift(String definition, Kind kind, String subject, String before, String after) {

    /** The kinds of difference. */
    public enum Kind {
        GROUP_ADDED,
        GROUP_REMOVED,
        VARIANT_ADDED,
        VARIANT_REMOVED,
        KEY_ADDED,
        KEY_REMOVED,
        KEY_RETYPED,
        KEY_REDEFAULTED,
        ALLOWED_VALUES_CHANGED,
        KEY_MARKED_INTERNAL,
        KEYS_REORDERED,
        RULE_NARROWED,
        RULE_REMOVED
    }

    /** Returns one line that describes the difference, for the drift report. */
    public String describe() {
        return switch (kind) {
            case GROUP_ADDED -> "added group " + subject + " (" + after + ")";
            case GROUP_REMOVED -> "removed group " + subject;
            case VARIANT_ADDED -> "added variant '" + subject + "' (" + after + ")";
            case VARIANT_REMOVED -> "removed variant '" + subject + "'";
            case KEY_ADDED -> "added key '" + subject + "' (" + after + ")";
            case KEY_REMOVED -> "removed key '" + subject + "'" + (before == null ? "" : " (" + before + ")");
            case KEY_RETYPED -> "retyped '" + subject + "': " + side(before) + " -> " + side(after);
            case KEY_REDEFAULTED -> "re-defaulted '" + subject + "': " + side(before) + " -> " + side(after);
            case ALLOWED_VALUES_CHANGED -> "allowed values of '" + subject + "': " + side(before) + " -> " + side(after);
            case KEY_MARKED_INTERNAL -> "'" + subject + "' is now internal use only";
            case KEYS_REORDERED -> "reordered keys: " + before + " -> " + after;
            case RULE_NARROWED -> "rule " + subject + " no longer names '" + before + "'";
            case RULE_REMOVED -> "removed rule " + subject + ", which named '" + before + "'";
        };
    }

    private static String side(String value) {
        return value == null ? "none" : value;
    }
}
