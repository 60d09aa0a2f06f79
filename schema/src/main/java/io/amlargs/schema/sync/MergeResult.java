package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The schema after a merge with the docs page, and what the merge changed.
 *
 * @param schema the merged schema; the input schema is left as it was
 * @param report the differences the merge resolved
 */
record MergeResult(ObjectNode schema, DriftReport report) {}
