package io.amlargs.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Builder} of a record: one setter per key, defaults applied at
 * {@code build()}, and every violation collected before anything is constructed. Its fields are
 * package-private, because the validator in the same package checks a builder's values.
 */
final class BuilderGenerator {

    private final ArgsTypes types;

    BuilderGenerator(ArgsTypes types) {
        this.types = types;
    }

    TypeSpec generate(Definition definition) {
        ClassName record = types.className(definition);
        ClassName builder = record.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T}; setters accept null to unset a key.\n", record);

        for (Property property : definition.properties()) {
            spec.addField(FieldSpec.builder(types.typeName(property.type()), property.javaName()).build());
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(copyConstructor(definition, record));
        for (Property property : definition.properties()) {
            spec.addMethod(setter(property, builder));
        }
        spec.addMethod(build(definition, record));
        spec.addMethod(finish(definition, record));
        spec.addMethod(withDefaults(definition, builder));
        spec.addMethod(create(definition, record));
        return spec.build();
    }

    private MethodSpec copyConstructor(Definition definition, ClassName record) {
        MethodSpec.Builder method = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(record, "args");
        for (Property property : definition.properties()) {
            method.addStatement("this.$N = args.$N", property.javaName(), property.javaName());
        }
        return method.build();
    }

    private MethodSpec setter(Property property, ClassName builder) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(property.javaName())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(types.typeName(property.type()), property.javaName())
                .addJavadoc("Sets $L\n\n@return this builder\n", Javadocs.key(property))
                .addStatement("this.$N = $N", property.javaName(), property.javaName())
                .addStatement("return this");
        if (property.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method.build();
    }

    private MethodSpec build(Definition definition, ClassName record) {
        return MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addJavadoc("Returns the arguments, with defaults applied to unset keys.\n\n"
                        + "@throws $T if a required key is unset, or a value or rule is invalid;"
                        + " the message lists every violation\n", ArgsTypes.EXCEPTION)
                .addStatement("return finish($S, $T.of(), $T.of()).orThrow()", types.pathRoot(definition), List.class,
                        Set.class)
                .build();
    }

    private MethodSpec finish(Definition definition, ClassName record) {
        return MethodSpec.methodBuilder("finish")
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(ArgsTypes.READ_RESULT, record))
                .addParameter(ArgsTypes.STRING, "path")
                .addParameter(ArgsTypes.VIOLATION_LIST, "earlier")
                .addParameter(ArgsTypes.STRING_SET, "unreadable")
                .addJavadoc("Applies defaults and checks the values, after the violations {@code earlier} found"
                        + " while reading. A key in {@code unreadable} has an invalid value that is already"
                        + " reported, so it gets no default and no check that would treat it as unset.\n")
                .addStatement("Builder resolved = withDefaults(unreadable)")
                .addStatement("$T violations = new $T<>(earlier)", ArgsTypes.VIOLATION_LIST, ArrayList.class)
                .addStatement("violations.addAll($T.check(resolved, path, unreadable))",
                        types.validatorName(definition))
                .beginControlFlow("if ($T.hasErrors(violations))", ArgsTypes.VIOLATIONS)
                .addStatement("return new $T<>(null, violations)", ArgsTypes.READ_RESULT)
                .endControlFlow()
                .addStatement("return $T.of(resolved.create(), violations)", ArgsTypes.READ_RESULT)
                .build();
    }

    private MethodSpec withDefaults(Definition definition, ClassName builder) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("withDefaults")
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(ArgsTypes.STRING_SET, "unreadable")
                .addStatement("Builder resolved = new Builder()");
        String discriminator = types.model().parentOf(definition)
                .map(Definition::discriminator)
                .orElse(null);
        for (Property property : definition.properties()) {
            String name = property.javaName();
            if (property.prependDefault()) {
                method.addStatement("resolved.$N = unreadable.contains($S) ? null : $T.prepend($L, $N)", name,
                        property.name(), ArgsTypes.ARGS_COLLECTIONS,
                        Literals.of(property.defaultValue(), property.type()), name);
            } else if (property.hasDefault()) {
                method.addStatement("resolved.$N = $L", name,
                        orDefault(property, Literals.of(property.defaultValue(), property.type())));
            } else if (property.name().equals(discriminator)) {
                // A union shape names itself, so its builder needs no call to set the discriminator.
                method.addStatement("resolved.$N = $L", name, orDefault(property,
                        Literals.plain(property.constraints().constant())));
            } else {
                method.addStatement("resolved.$N = $N", name, name);
            }
        }
        return method.addStatement("return resolved").build();
    }

    /**
     * Returns the key's value, or {@code fallback} when the key is unset, or null when it was
     * unreadable. {@code requireNonNullElse} keeps the expression boxed: a conditional with a
     * primitive literal such as {@code 4} would unbox the null value.
     */
    private static CodeBlock orDefault(Property property, CodeBlock fallback) {
        return CodeBlock.of("unreadable.contains($S) ? null : $T.requireNonNullElse($N, $L)", property.name(),
                Objects.class, property.javaName(), fallback);
    }

    private MethodSpec create(Definition definition, ClassName record) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Property property : definition.properties()) {
            arguments.add(CodeBlock.of("$N", property.javaName()));
        }
        return MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PRIVATE)
                .returns(record)
                .addStatement("return new $T($L)", record, CodeBlock.join(arguments, ", "))
                .build();
    }
}
