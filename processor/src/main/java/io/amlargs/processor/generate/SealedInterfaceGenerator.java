package io.amlargs.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.DefinitionKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the sealed interface of a {@code group-variants} definition (one variant per
 * selector value) or of a union (one shape per discriminator value), with static methods that
 * read a map into the right record and validate any of them.
 */
final class SealedInterfaceGenerator {

    private final ArgsTypes types;

    SealedInterfaceGenerator(ArgsTypes types) {
        this.types = types;
    }

    TypeSpec generate(Definition definition) {
        boolean union = definition.kind() == DefinitionKind.UNION;
        List<Definition> members = definition.members().stream().map(types.model()::require).toList();
        ClassName self = types.className(definition);

        TypeSpec.Builder spec = types.start(TypeSpec.interfaceBuilder(self))
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                                .addJavadoc(javadoc(definition, union));
        members.forEach(member -> spec.addPermittedSubclass(types.className(member)));

        List<String> names = members.stream().map(member -> memberName(definition, member)).toList();
        if (union) {
            spec.addField(constant(ArgsTypes.STRING, "DISCRIMINATOR", CodeBlock.of("$S", definition.discriminator()),
                    "The key inside the object that names its shape."));
            spec.addField(constant(ArgsTypes.STRING_LIST, "SHAPES", stringList(names),
                    "The discriminator values, one per shape, in schema order."));
            spec.addMethod(abstractAccessor(discriminatorAccessor(definition, members),
                    "Returns the discriminator value that names this shape."));
        } else {
            spec.addField(constant(ArgsTypes.STRING, "GROUP", CodeBlock.of("$S", definition.group()),
                    "The documented name of the argument dictionary."));
            spec.addField(constant(ArgsTypes.STRING, "SELECTOR", CodeBlock.of("$S", definition.selector()),
                    "The workflow parameter that selects the variant."));
            spec.addField(constant(ArgsTypes.STRING_LIST, "VARIANTS", stringList(names),
                    "The selector values, one per variant, in schema order."));
            spec.addMethod(abstractAccessor("variant", "Returns the selector value of this variant."));
        }
        spec.addMethod(abstractMap("toMap", "Returns the set keys by documented name, with secrets included."));
        spec.addMethod(abstractMap("toRedactedMap", "Returns {@link #toMap()} with every secret shown as"
                + " {@code <redacted>}."));
        spec.addMethod(union ? unionRead(definition, members, names) : variantRead(definition, members, names));
        spec.addMethod(fromMap(definition, union));
        spec.addMethod(validate(definition, members));
        return spec.build();
    }

    private CodeBlock javadoc(Definition definition, boolean union) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!definition.description().isEmpty()) {
            doc.add("$L\n\n", Javadocs.escape(definition.description()));
        }
        if (union) {
            doc.add("<p>The shapes of {@code $L}, distinguished by the key {@code $L}.\n", Javadocs.code(definition.name()),
                    Javadocs.code(definition.discriminator()));
        } else {
            doc.add("<p>The variants of {@code $L}, selected by {@code $L}.\n", Javadocs.code(definition.group()),
                    Javadocs.code(definition.selector()));
        }
        return doc.build();
    }

    private static String memberName(Definition parent, Definition member) {
        return parent.kind() == DefinitionKind.UNION ? ArgsTypes.shapeName(parent, member) : member.variant();
    }

    private static String discriminatorAccessor(Definition union, List<Definition> shapes) {
        return shapes.get(0).property(union.discriminator()).orElseThrow().javaName();
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(value)
                .build();
    }

    private static CodeBlock stringList(List<String> values) {
        List<CodeBlock> items = new ArrayList<>();
        values.forEach(value -> items.add(CodeBlock.of("$S", value)));
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
    }

    private static MethodSpec abstractAccessor(String name, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(ArgsTypes.STRING)
                .addJavadoc("$L\n", doc)
                .build();
    }

    private static MethodSpec abstractMap(String name, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(ArgsTypes.OBJECT_MAP)
                .addJavadoc("$L\n", doc)
                .build();
    }

    private MethodSpec variantRead(Definition definition, List<Definition> members, List<String> names) {
        MethodSpec.Builder method = readSignature(types.className(definition))
                .addParameter(ArgsTypes.STRING, "variant")
                .addParameter(ArgsTypes.INPUT_MAP, "map")
                .addParameter(ArgsTypes.STRING, "path")
                .addJavadoc("Reads the variant that {@code variant} selects from {@code map}; an unknown or null"
                        + " variant is a violation that lists the variants.\n");
        method.beginControlFlow("if (variant != null)");
        addDispatch(method, "variant", members, names);
        method.endControlFlow();
        return method.addStatement("return new $T<>(null, $T.of($T.unknownVariant(path, SELECTOR, variant, VARIANTS)))",
                ArgsTypes.READ_RESULT, List.class, ArgsTypes.SELECTORS).build();
    }

    private MethodSpec unionRead(Definition definition, List<Definition> members, List<String> names) {
        MethodSpec.Builder method = readSignature(types.className(definition))
                .addParameter(ArgsTypes.INPUT_MAP, "map")
                .addParameter(ArgsTypes.STRING, "path")
                .addJavadoc("Reads the shape that the {@code $L} key of {@code map} names; an absent or unknown"
                        + " value is a violation that lists the shapes.\n", Javadocs.code(definition.discriminator()))
                .addStatement("Object shape = map.get(DISCRIMINATOR)");
        method.beginControlFlow("if (shape instanceof String name)");
        addDispatch(method, "name", members, names);
        method.endControlFlow();
        return method.addStatement("return new $T<>(null, $T.of($T.unknownShape(path, DISCRIMINATOR, shape, SHAPES, $S)))",
                ArgsTypes.READ_RESULT, List.class, ArgsTypes.SELECTORS, definition.name()).build();
    }

    private static MethodSpec.Builder readSignature(ClassName self) {
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ArgsTypes.READ_RESULT, self));
    }

    private void addDispatch(MethodSpec.Builder method, String selector, List<Definition> members, List<String> names) {
        method.beginControlFlow("switch ($N)", selector);
        for (int i = 0; i < members.size(); i++) {
            method.addCode("case $S:\n", names.get(i))
                    .addStatement("$>return $T.widen($T.read(map, path))$<", ArgsTypes.READ_RESULT,
                            types.className(members.get(i)));
        }
        method.addCode("default:\n").addStatement("$>break$<");
        method.endControlFlow();
    }

    private MethodSpec fromMap(Definition definition, boolean union) {
        ClassName self = types.className(definition);
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromMap")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self);
        if (union) {
            method.addParameter(ArgsTypes.INPUT_MAP, "map")
                    .addStatement("return read(map, $S).orThrow()", definition.name());
        } else {
            method.addParameter(ArgsTypes.STRING, "variant")
                    .addParameter(ArgsTypes.INPUT_MAP, "map")
                    .addStatement("return read(variant, map, GROUP).orThrow()");
        }
        return method.addJavadoc("Reads the arguments from {@code map}; see {@code read}.\n\n"
                + "@throws $T if there is an error; the message lists every violation\n", ArgsTypes.EXCEPTION).build();
    }

    private MethodSpec validate(Definition definition, List<Definition> members) {
        ClassName self = types.className(definition);
        MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ArgsTypes.VIOLATION_LIST)
                .addParameter(self, "args")
                .addParameter(ArgsTypes.STRING, "path")
                .addJavadoc("Returns every error and warning of {@code args} with the validator of its record.\n");
        for (int i = 0; i < members.size() - 1; i++) {
            Definition member = members.get(i);
            method.beginControlFlow("if (args instanceof $T member)", types.className(member))
                    .addStatement("return $T.validate(member, path)", types.validatorName(member))
                    .endControlFlow();
        }
        Definition last = members.get(members.size() - 1);
        return method.addStatement("return $T.validate(($T) args, path)", types.validatorName(last),
                types.className(last)).build();
    }
}
