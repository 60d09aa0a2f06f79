package io.amlargs.processor.schema;

import java.util.List;
import java.util.Optional;

/**
 * Every definition of one schema, in schema order, with lookups across them.
 *
 * @param definitions the definitions in {@code $defs} order
 */
public record SchemaModel(List<Definition> definitions) {

    public SchemaModel {
        definitions = List.copyOf(definitions);
    }

    /** Returns the definition with the {@code $defs} name {@code name}. */
    public Optional<Definition> definition(String name) {
        return definitions.stream().filter(definition -> definition.name().equals(name)).findFirst();
    }

    /** Returns the definition named {@code name}, which the model has checked to exist. */
    public Definition require(String name) {
        return definition(name).orElseThrow(() -> new IllegalStateException("no definition named " + name));
    }

    /** Returns the {@code group-variants} or union whose {@code oneOf} lists {@code member}. */
    public Optional<Definition> parentOf(Definition member) {
        return definitions.stream().filter(candidate -> candidate.members().contains(member.name())).findFirst();
    }

    /** Returns the argument dictionaries: {@code group} and {@code group-variants} definitions. */
    public List<Definition> groups() {
        return definitions.stream()
                .filter(definition -> definition.kind() == DefinitionKind.GROUP
                        || definition.kind() == DefinitionKind.GROUP_VARIANTS)
                .toList();
    }
}
