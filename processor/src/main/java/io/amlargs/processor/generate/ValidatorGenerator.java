package io.amlargs.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.amlargs.processor.schema.Constraints;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.DefinitionKind;
import io.amlargs.processor.schema.JavaNames;
import io.amlargs.processor.schema.JavaType;
import io.amlargs.processor.schema.KeyWarning;
import io.amlargs.processor.schema.Property;
import io.amlargs.processor.schema.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XxxValidator}: required keys, value checks, cross-field rules and warnings of
 * one record definition. {@code check} looks at builder values, so the builder and
 * {@code read} report every violation before a record exists; {@code validate} checks a record
 * and the objects nested in it.
 */
final class ValidatorGenerator {

    private final ArgsTypes types;

    ValidatorGenerator(ArgsTypes types) {
        this.types = types;
    }

    TypeSpec generate(Definition definition) {
        ClassName record = types.className(definition);
        TypeSpec.Builder spec = types.start(TypeSpec.classBuilder(types.validatorName(definition)))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                                .addJavadoc("Checks the values of {@link $T} against the rules of {@code $L}.\n", record,
                        Javadocs.code(types.owner(definition)));
        addPatterns(spec, definition);
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(validate(definition, record));
        List<Section> sections = sections(definition);
        spec.addMethod(check(record, sections));
        for (Section section : sections) {
            addSection(spec, record, section);
        }
        return spec.build();
    }

    /**
     * One private method of {@code check}.
     *
     * @param readsUnreadable whether the statements read the local {@code unreadable}
     */
    private record Section(String name, List<CodeBlock> statements, boolean readsUnreadable) {
    }

    // Value checks and warnings need no unreadable keys: those keys stay null, because read applies
    // no default to them, and every value check and warning condition is false for null.
    private List<Section> sections(Definition definition) {
        return List.of(
                new Section("checkRequired", required(definition), true),
                new Section("checkValues", values(definition), false),
                new Section("checkRules", rules(definition), true),
                new Section("checkWarnings", warnings(definition), false));
    }

    private static String patternField(Property property) {
        return JavaNames.constantName(property.name()) + "_PATTERN";
    }

    private static String warningField(Property property, int index) {
        return JavaNames.constantName(property.name()) + "_WARNING_" + index;
    }

    private void addPatterns(TypeSpec.Builder spec, Definition definition) {
        for (Property property : definition.properties()) {
            if (property.constraints().pattern() != null) {
                spec.addField(pattern(patternField(property), property.constraints().pattern()));
            }
            for (int i = 0; i < property.warnings().size(); i++) {
                KeyWarning warning = property.warnings().get(i);
                if (warning.condition() == KeyWarning.Condition.PATTERN) {
                    spec.addField(pattern(warningField(property, i), warning.pattern()));
                }
            }
        }
    }

    private static FieldSpec pattern(String name, String regex) {
        return FieldSpec.builder(Pattern.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.compile($S)", Pattern.class, regex)
                .build();
    }

    private MethodSpec validate(Definition definition, ClassName record) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ArgsTypes.VIOLATION_LIST)
                .addParameter(record, "args")
                .addParameter(ArgsTypes.STRING, "path")
                .addJavadoc("Returns every error and warning of {@code args}, and of the objects nested in it,"
                        + " with paths below {@code path}.\n")
                .addStatement("$T violations = check(args.toBuilder(), path, $T.of())", ArgsTypes.VIOLATION_LIST,
                        Set.class);
        for (Property property : definition.properties()) {
            if (property.type().isDefinition()) {
                addNestedValidation(method, property);
            }
        }
        return method.addStatement("return violations").build();
    }

    private void addNestedValidation(MethodSpec.Builder method, Property property) {
        String name = property.javaName();
        Definition target = types.model().require(property.type().definitionName());
        CodeBlock validator = target.kind() == DefinitionKind.UNION
                ? CodeBlock.of("$T.validate", types.className(target))
                : CodeBlock.of("$T.validate", types.validatorName(target));
        method.beginControlFlow("if (args.$N() != null)", name);
        if (property.type().kind() == JavaType.Kind.DEFINITION) {
            method.addStatement("violations.addAll($L(args.$N(), $L))", validator, name, KeyCode.path(property));
        } else {
            method.beginControlFlow("for (int i = 0; i < args.$N().size(); i++)", name)
                    .addStatement("violations.addAll($L(args.$N().get(i), $T.index($L, i)))", validator, name,
                            ArgsTypes.ARG_PATHS, KeyCode.path(property))
                    .endControlFlow();
        }
        method.endControlFlow();
    }

    private static MethodSpec check(ClassName record, List<Section> sections) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("check")
                .addModifiers(Modifier.STATIC)
                .returns(ArgsTypes.VIOLATION_LIST)
                .addParameter(record.nestedClass("Builder"), "values")
                .addParameter(ArgsTypes.STRING, "path")
                .addParameter(ArgsTypes.STRING_SET, "unreadable")
                .addJavadoc("Returns the violations of the builder values themselves, without nested objects."
                        + " A key in {@code unreadable} has a value that {@code read} already reported as invalid,"
                        + " so it is not reported as missing, and the rules that name it are skipped.\n")
                .addStatement("$T out = new $T<>()", ArgsTypes.VIOLATION_LIST, ArrayList.class);
        for (Section section : sections) {
            if (section.statements().isEmpty()) {
                continue;
            }
            if (section.readsUnreadable()) {
                method.addStatement("$N(values, path, unreadable, out)", section.name());
            } else {
                method.addStatement("$N(values, path, out)", section.name());
            }
        }
        return method.addStatement("return out").build();
    }

    private static void addSection(TypeSpec.Builder spec, ClassName record, Section section) {
        if (section.statements().isEmpty()) {
            return;
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(section.name())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(record.nestedClass("Builder"), "values")
                .addParameter(ArgsTypes.STRING, "path");
        if (section.readsUnreadable()) {
            method.addParameter(ArgsTypes.STRING_SET, "unreadable");
        }
        method.addParameter(ArgsTypes.VIOLATION_LIST, "out");
        section.statements().forEach(method::addCode);
        spec.addMethod(method.build());
    }

    private List<CodeBlock> required(Definition definition) {
        List<CodeBlock> statements = new ArrayList<>();
        for (Property property : definition.properties()) {
            if (property.required()) {
                String message = "'" + property.name() + "' is required by " + types.owner(definition) + "; add it";
                statements.add(CodeBlock.builder()
                        .beginControlFlow("if (values.$N == null && !unreadable.contains($S))", property.javaName(),
                                property.name())
                        .addStatement("out.add($T.error($T.MISSING_KEY, $L, $S))", ArgsTypes.VIOLATION,
                                ArgsTypes.VIOLATION_IDS, KeyCode.path(property), message)
                        .endControlFlow()
                        .build());
            }
        }
        return statements;
    }

    private List<CodeBlock> values(Definition definition) {
        List<CodeBlock> statements = new ArrayList<>();
        for (Property property : definition.properties()) {
            Constraints constraints = property.constraints();
            CodeBlock path = KeyCode.path(property);
            CodeBlock value = CodeBlock.of("values.$N", property.javaName());
            boolean secret = property.secret();
            if (!constraints.allowed().isEmpty()) {
                statements.add(statement("oneOf(out, $L, $L, $L, $L)", path, value,
                        Literals.listOf(constraints.allowed()), secret));
            }
            if (constraints.constant() != null) {
                statements.add(statement("constant(out, $L, $L, $L, $L)", path, value,
                        Literals.plain(constraints.constant()), secret));
            }
            if (constraints.minimum() != null) {
                statements.add(statement("minimum(out, $L, $L, $L, $L)", path, value, constraints.minimum(), secret));
            }
            if (constraints.uniqueItems()) {
                statements.add(statement("uniqueItems(out, $L, $L, $L)", path, value, secret));
            }
            if (constraints.pattern() != null) {
                statements.add(statement("pattern(out, $L, $L, $N, $L)", path, value, patternField(property), secret));
            }
            if (constraints.minItems() != null) {
                statements.add(statement("minItems(out, $L, $L, $L)", path, value, constraints.minItems()));
            }
            if (constraints.minLength() != null && property.type().kind() == JavaType.Kind.STRING) {
                statements.add(statement("minLength(out, $L, $L, $L, $L)", path, value, constraints.minLength(), secret));
            }
            if (!constraints.itemAllowed().isEmpty()) {
                statements.add(statement("itemsOneOf(out, $L, $L, $L)", path, value,
                        Literals.listOf(constraints.itemAllowed())));
            }
        }
        return statements;
    }

    private static CodeBlock statement(String call, Object... args) {
        return CodeBlock.builder()
                .addStatement("$T." + call, prepend(ArgsTypes.VALUE_CHECKS, args))
                .build();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private List<CodeBlock> rules(Definition definition) {
        RuleCode code = new RuleCode(definition);
        List<CodeBlock> statements = new ArrayList<>();
        for (Rule rule : definition.rules()) {
            statements.add(code.statement(rule));
        }
        return statements;
    }

    private List<CodeBlock> warnings(Definition definition) {
        List<CodeBlock> statements = new ArrayList<>();
        for (Property property : definition.properties()) {
            for (int i = 0; i < property.warnings().size(); i++) {
                KeyWarning warning = property.warnings().get(i);
                statements.add(CodeBlock.builder()
                        .beginControlFlow("if ($L)", condition(property, warning, i))
                        .addStatement("$T.warn(out, $S, $L, values.$N, $L, $S, $S)", ArgsTypes.VALUE_CHECKS,
                                warning.id(), KeyCode.path(property), property.javaName(), property.secret(),
                                warning.message(), warning.fix())
                        .endControlFlow()
                        .build());
            }
        }
        return statements;
    }

    private static CodeBlock condition(Property property, KeyWarning warning, int index) {
        String name = property.javaName();
        return switch (warning.condition()) {
            case ANY -> CodeBlock.of("values.$N != null", name);
            case CONST -> CodeBlock.of("$T.equals(values.$N, $L)", Objects.class, name,
                    Literals.plain(warning.values().get(0)));
            case ENUM -> CodeBlock.of("values.$N != null && $L.contains(values.$N)", name,
                    Literals.listOf(warning.values()), name);
            case PATTERN -> CodeBlock.of("$T.matches(values.$N, $N)", ArgsTypes.VALUE_CHECKS, name,
                    warningField(property, index));
        };
    }
}
