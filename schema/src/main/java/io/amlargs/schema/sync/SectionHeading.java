package io.amlargs.schema.sync;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section a heading of the docs page starts: a group such as {@code workspace_args}, or one
 * variant of a group, such as {@code compute_args} for compute type {@code 'AmlComputeCluster'}.
 *
 * @param group the dictionary name
 * @param variant the quoted selector value, or null for a heading of the whole group
 * @param selector the selector parameter the heading names, or null; the page sometimes names the
 *     wrong one, so the group decides which selector is used
 */
record SectionHeading(String group, String variant, String selector) {

    private static final Pattern GROUP = Pattern.compile("\\b([a-z][a-z0-9]*(?:_[a-z0-9]+)*_args)\\b");
    private static final Pattern VARIANT = Pattern.compile("\\bfor\\s+([a-z][a-z0-9_]*)\\s+['\"`]([^'\"`]+)['\"`]");

    /** Reads a heading's text; empty when the heading names no argument dictionary. */
    static Optional<SectionHeading> parse(String text) {
        Matcher group = GROUP.matcher(text);
        if (!group.find()) {
            return Optional.empty();
        }

        Matcher variant = VARIANT.matcher(text);
        if (variant.find(group.end())) {
            return Optional.of(new SectionHeading(group.group(1), variant.group(2).strip(), variant.group(1)));
        }
        return Optional.of(new SectionHeading(group.group(1), null, null));
    }

    /** Returns whether the heading introduces one variant rather than a whole group. */
    boolean isVariant() {
        return variant != null;
    }
}
