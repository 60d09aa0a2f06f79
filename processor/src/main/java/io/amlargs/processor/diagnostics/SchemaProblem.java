package io.amlargs.processor.diagnostics;

/**
 * One problem found in the schema.
 *
 * @param id an id from {@link DiagnosticIds}
 * @param pointer the JSON pointer of the offending node, such as
 *     {@code /$defs/compute_args.AmlComputeCluster/properties/max_nodes}
 * @param message what is wrong and how to fix it
 */
public record SchemaProblem(String id, String pointer, String message) {
}
