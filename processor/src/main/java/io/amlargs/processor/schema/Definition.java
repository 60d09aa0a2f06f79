package io.amlargs.processor.schema;

import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code $defs}.
 *
 * @param name the {@code $defs} name, such as {@code compute_args.AmlComputeCluster}
 * @param pointer the JSON pointer of the definition
 * @param kind what is generated for it
 * @param javaName the simple name of the generated type
 * @param description the schema's description, or empty
 * @param group the documented dictionary name for groups and variants, else null
 * @param variant the selector value of a variant, else null
 * @param selector the selector parameter of a {@code group-variants} definition, else null
 * @param discriminator the discriminator key of a union, else null
 * @param members the {@code $defs} names in {@code oneOf} of a {@code group-variants} or union
 * @param properties the keys of a record definition, in schema order
 * @param rules the cross-field rules of a record definition
 */
public record Definition(
        String name,
        String pointer,
        DefinitionKind kind,
        String javaName,
        String description,
        String group,
        String variant,
        String selector,
        String discriminator,
        List<String> members,
        List<Property> properties,
        List<Rule> rules) {

    public Definition {
        members = List.copyOf(members);
        properties = List.copyOf(properties);
        rules = List.copyOf(rules);
    }

    /** Returns the key named {@code name}. */
    public Optional<Property> property(String name) {
        return properties.stream().filter(property -> property.name().equals(name)).findFirst();
    }
}
