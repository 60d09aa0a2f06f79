package io.amlargs.processor.config;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @ArgsConfig} interface that passed every check, with what its {@code toArgs} needs.
 *
 * @param config the interface
 * @param target the dictionary it describes
 * @param record the canonical record of the dictionary, such as {@code io.amlargs.args.AmlComputeClusterArgs}
 * @param keys the methods and their keys, in the order of the interface
 * @param usesDeprecated whether a method or a key is deprecated, so {@code toArgs} suppresses the
 *     deprecation warnings of calling them
 */
public record ConfigMapping(
        TypeElement config,
        ConfigTarget target,
        ClassName record,
        List<MappedKey> keys,
        boolean usesDeprecated) {

    public ConfigMapping {
        keys = List.copyOf(keys);
    }
}
