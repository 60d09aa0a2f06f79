package io.amlargs.processor.config;

import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Diagnostics;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.DefinitionKind;
import io.amlargs.processor.schema.SchemaModel;
import io.amlargs.validation.KeySuggester;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Finds the definition that the {@code group} and {@code variant} of an {@code @ArgsConfig}
 * name, and reports on the annotation when there is none.
 */
final class TargetResolver {

    private final SchemaModel model;
    private final Diagnostics diagnostics;

    TargetResolver(SchemaModel model, Diagnostics diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    /** Returns the definition that {@code group} and {@code variant} name; {@code variant} is empty for none. */
    Optional<ConfigTarget> resolve(String group, String variant, Element element, AnnotationMirror annotation) {
        List<Definition> groups = model.groups();
        Optional<Definition> found = groups.stream().filter(candidate -> candidate.group().equals(group)).findFirst();
        if (found.isEmpty()) {
            List<String> names = groups.stream().map(Definition::group).toList();
            diagnostics.error(element, annotation, DiagnosticIds.UNKNOWN_GROUP, "'" + group
                    + "' is not an argument dictionary of the schema" + suggestion(group, names));
            return Optional.empty();
        }

        Definition definition = found.get();
        if (definition.kind() == DefinitionKind.GROUP_VARIANTS) {
            return variantOf(definition, variant, element, annotation);
        }
        if (!variant.isEmpty()) {
            diagnostics.error(element, annotation, DiagnosticIds.UNKNOWN_VARIANT, "'" + variant
                    + "' is not a variant of " + group + ", which has no variants; remove variant");
            return Optional.empty();
        }
        return Optional.of(new ConfigTarget(definition));
    }

    private Optional<ConfigTarget> variantOf(Definition group, String variant, Element element,
            AnnotationMirror annotation) {
        List<Definition> variants = group.members().stream().map(model::require).toList();
        List<String> names = variants.stream().map(Definition::variant).toList();
        if (variant.isEmpty()) {
            diagnostics.error(element, annotation, DiagnosticIds.MISSING_VARIANT, group.group() + " has variants, so"
                    + " @ArgsConfig needs one; set variant to one of " + quoted(names));
            return Optional.empty();
        }

        Optional<Definition> found = variants.stream()
                .filter(candidate -> candidate.variant().equals(variant))
                .findFirst();
        if (found.isEmpty()) {
            diagnostics.error(element, annotation, DiagnosticIds.UNKNOWN_VARIANT, "'" + variant
                    + "' is not a variant of " + group.group() + suggestion(variant, names));
            return Optional.empty();
        }
        return found.map(ConfigTarget::new);
    }

    /** Returns the nearest name as a question, or else every name to choose from. */
    private static String suggestion(String input, List<String> names) {
        String hint = KeySuggester.hint(input, names);
        return hint.isEmpty() ? "; use one of " + quoted(names) : hint;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
