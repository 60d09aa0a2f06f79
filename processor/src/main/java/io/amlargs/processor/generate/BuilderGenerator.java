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
                .addStatement("return finish($S, $T.of()).orThrow()", types.pathRoot(definition), List.class)
                .build();
    }

    private MethodSpec finish(Definition definition, ClassName record) {
        return MethodSpec.methodBuilder("finish")
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(ArgsTypes.READ_RESULT, record))
                .addParameter(ArgsTypes.STRING, "path")
                .addParameter(ArgsTypes.VIOLATION_LIST, "earlier")
                .addStatement("Builder resolved = withDefaults()")
                .addStatement("$T violations = $T.merge(earlier, $T.check(resolved, path))",
                        ArgsTypes.VIOLATION_LIST, ArgsTypes.VIOLATIONS, types.validatorName(definition))
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
                .addStatement("Builder resolved = new Builder()");
        String discriminator = types.model().parentOf(definition)
                .map(Definition::discriminator)
                .orElse(null);
        for (Property property : definition.properties()) {
            String name = property.javaName();
            if (property.prependDefault()) {
                method.addStatement("resolved.$N = $T.prepend($L, $N)", name, ArgsTypes.ARGS_COLLECTIONS,
                        Literals.of(property.defaultValue(), property.type()), name);
            } else if (property.hasDefault()) {
                method.addStatement("resolved.$N = $N != null ? $N : $L", name, name, name,
                        Literals.of(property.defaultValue(), property.type()));
            } else if (property.name().equals(discriminator)) {
                // A union shape names itself, so its builder needs no call to set the discriminator.
                method.addStatement("resolved.$N = $N != null ? $N : $L", name, name, name,
                        Literals.plain(property.constraints().constant()));
            } else {
                method.addStatement("resolved.$N = $N", name, name);
            }
        }
        return method.addStatement("return resolved").build();
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
