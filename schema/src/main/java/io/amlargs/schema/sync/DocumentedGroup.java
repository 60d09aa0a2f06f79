package io.amlargs.schema.sync;

import java.util.List;

/**
 * One argument dictionary of the docs page, such as {@code workspace_args}.
 *
 * <p>A group lists either its keys or its variants, never both.
 *
 * @param name the dictionary name
 * @param keys the keys in page order, empty for a group with variants
 * @param variants the variants in page order, empty for a group with one shape
 * @param line the 1-based line of the group's first heading
 */
record DocumentedGroup(String name, List<DocumentedKey> keys, List<DocumentedVariant> variants, int line) {

    DocumentedGroup {
        keys = List.copyOf(keys);
        variants = List.copyOf(variants);
    }

    /** Returns whether a selector parameter chooses between several shapes of this group. */
    boolean hasVariants() {
        return !variants.isEmpty();
    }
}
