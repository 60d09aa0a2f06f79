package io.amlargs.processor.schema;

import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the references between definitions: {@code $ref} targets and their kinds, Java
 * names that match them, variants of the right group, union shapes that carry the discriminator
 * key, and Java names that are unique.
 */
final class ReferenceChecker {

    private final SchemaModel model;
    private final Problems problems;

    ReferenceChecker(SchemaModel model, Problems problems) {
        this.model = model;
        this.problems = problems;
    }

    void check() {
        Map<String, String> javaNames = new HashMap<>();
        for (Definition definition : model.definitions()) {
            String earlier = javaNames.putIfAbsent(definition.javaName(), definition.name());
            if (earlier != null) {
                problems.add(DiagnosticIds.NAME_CLASH, definition.pointer() + "/x-aml-java-name",
                        "'" + definition.javaName() + "' is already the Java name of '" + earlier
                                + "'; give each definition its own x-aml-java-name");
            }
            checkMembers(definition);
            definition.properties().forEach(this::checkPropertyType);
        }
    }

    private void checkMembers(Definition parent) {
        for (int i = 0; i < parent.members().size(); i++) {
            String pointer = parent.pointer() + "/oneOf/" + i;
            Definition member = resolve(parent.members().get(i), pointer).orElse(null);
            if (member == null) {
                continue;
            }
            if (parent.kind() == DefinitionKind.GROUP_VARIANTS) {
                checkVariant(parent, member, pointer);
            } else {
                checkShape(parent, member, pointer);
            }
        }
    }

    private void checkVariant(Definition parent, Definition member, String pointer) {
        if (member.kind() != DefinitionKind.VARIANT || !parent.group().equals(member.group())) {
            problems.add(DiagnosticIds.UNRESOLVED_REF, pointer, "'" + member.name() + "' must be a variant with"
                    + " x-aml-group '" + parent.group() + "' to be listed in this group-variants definition");
        }
    }

    private void checkShape(Definition parent, Definition member, String pointer) {
        if (member.kind() != DefinitionKind.TYPE) {
            problems.add(DiagnosticIds.UNRESOLVED_REF, pointer,
                    "'" + member.name() + "' must be of kind type to be a shape of a union");
            return;
        }
        Optional<Property> discriminator = member.property(parent.discriminator());
        boolean valid = discriminator.isPresent()
                && discriminator.get().required()
                && discriminator.get().constraints().constant() != null
                && discriminator.get().constraints().constant().isTextual();
        if (!valid) {
            problems.add(DiagnosticIds.MISSING_KEYWORD, member.pointer() + "/properties",
                    "a shape of union '" + parent.name() + "' needs the required key '" + parent.discriminator()
                            + "' with a string const that names the shape");
        }
    }

    private void checkPropertyType(Property property) {
        JavaType type = property.type();
        if (!type.isDefinition()) {
            return;
        }
        String refPointer = property.pointer() + (type.kind() == JavaType.Kind.DEFINITION_LIST ? "/items" : "") + "/$ref";
        Definition target = resolve(type.definitionName(), refPointer).orElse(null);
        if (target == null) {
            return;
        }
        if (!target.javaName().equals(type.javaName())) {
            problems.add(DiagnosticIds.BAD_JAVA_TYPE, property.pointer() + "/x-aml-java-type",
                    "x-aml-java-type names '" + type.javaName() + "', but $ref points to '" + target.name()
                            + "', whose Java name is '" + target.javaName() + "'; make them agree");
        } else if (target.kind() != DefinitionKind.TYPE && target.kind() != DefinitionKind.UNION) {
            problems.add(DiagnosticIds.UNRESOLVED_REF, refPointer,
                    "a key can refer only to a definition of kind type or union, not " + target.kind().keyword());
        }
    }

    private Optional<Definition> resolve(String name, String pointer) {
        Optional<Definition> target = model.definition(name);
        if (target.isEmpty()) {
            problems.add(DiagnosticIds.UNRESOLVED_REF, pointer,
                    "$ref '#/$defs/" + name + "' names no definition; add it under $defs or fix the reference");
        }
        return target;
    }
}
