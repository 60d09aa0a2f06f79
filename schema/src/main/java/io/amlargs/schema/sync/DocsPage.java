package io.amlargs.schema.sync;

import java.util.List;

/**
 * The facts of a parsed docs page: its argument dictionaries in page order.
 *
 * @param groups the groups in the order of their first heading
 */
record DocsPage(List<DocumentedGroup> groups) {

    DocsPage {
        groups = List.copyOf(groups);
    }
}
