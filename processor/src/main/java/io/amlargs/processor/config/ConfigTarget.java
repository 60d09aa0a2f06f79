package io.amlargs.processor.config;

import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.DefinitionKind;

/**
 * The record definition that an {@code @ArgsConfig} interface describes: a {@code group} or one
 * {@code variant} of a {@code group-variants} dictionary.
 *
 * @param definition the definition whose keys the interface's methods map to
 */
public record ConfigTarget(Definition definition) {

    /** Returns how messages name the dictionary: {@code compute_args (AmlComputeCluster)} or {@code workspace_args}. */
    public String owner() {
        if (definition.kind() == DefinitionKind.VARIANT) {
            return definition.group() + " (" + definition.variant() + ")";
        }
        return definition.group();
    }
}
