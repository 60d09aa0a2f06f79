package io.amlargs.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.DefinitionKind;
import io.amlargs.processor.schema.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the record of a {@code group}, {@code variant} or {@code type} definition: its
 * components, constants, compact constructor, conversions from and to maps, and its builder.
 */
final class RecordGenerator {

    private final ArgsTypes types;
    private final KeyCode keys;

    RecordGenerator(ArgsTypes types) {
        this.types = types;
        this.keys = new KeyCode(types);
    }

    TypeSpec generate(Definition definition) {
        ClassName record = types.className(definition);
        TypeSpec.Builder spec = types.start(TypeSpec.recordBuilder(record))
                .addModifiers(Modifier.PUBLIC)
                                .addJavadoc(javadoc(definition))
                .recordConstructor(constructor(definition));
        ClassName parent = types.parentName(definition);
        if (parent != null) {
            spec.addSuperinterface(parent);
        }

        addConstants(spec, definition);
        if (definition.kind() == DefinitionKind.VARIANT) {
            spec.addMethod(MethodSpec.methodBuilder("variant")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ArgsTypes.STRING)
                    .addStatement("return VARIANT")
                    .build());
        }
        spec.addMethod(builderMethod(record));
        spec.addMethod(toBuilderMethod(record));
        spec.addMethod(readMethod(definition, record));
        spec.addMethod(fromMapMethod(definition, record));
        addMapMethods(spec, definition, parent != null);
        spec.addType(new BuilderGenerator(types).generate(definition));
        return spec.build();
    }

    private CodeBlock javadoc(Definition definition) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!definition.description().isEmpty()) {
            doc.add("$L\n\n", Javadocs.escape(definition.description()));
        }
        doc.add("<p>The keys of {@code $L}, generated from {@code $L} of the aml-args schema."
                        + " Build one with {@link #builder()}, or read a map with {@link #read(Map, String)}.\n\n",
                Javadocs.code(types.owner(definition)), Javadocs.code("$defs/" + definition.name()));
        for (Property property : definition.properties()) {
            doc.add("@param $L $L\n", property.javaName(), Javadocs.key(property));
        }
        return doc.build();
    }

    private MethodSpec constructor(Definition definition) {
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        // Deprecated keys are marked on the builder setter only: javac 17 warns that @Deprecated
        // on a record component has no effect on the constructor parameter.
        for (Property property : definition.properties()) {
            constructor.addParameter(ParameterSpec.builder(types.typeName(property.type()), property.javaName()).build());
        }
        for (Property property : definition.properties()) {
            if (property.required()) {
                constructor.addStatement("$T.requireNonNull($N, $S)", Objects.class, property.javaName(),
                        property.name() + " is required by " + types.owner(definition));
            }
        }
        for (Property property : definition.properties()) {
            if (property.type().isList() || property.type().isMap()) {
                constructor.addStatement("$N = $T.copyOf($N)", property.javaName(), ArgsTypes.ARGS_COLLECTIONS,
                        property.javaName());
            }
        }
        return constructor.build();
    }

    private void addConstants(TypeSpec.Builder spec, Definition definition) {
        if (definition.group() != null) {
            spec.addField(constant(ArgsTypes.STRING, "GROUP", CodeBlock.of("$S", definition.group()),
                    "The documented name of the argument dictionary."));
        }
        if (definition.variant() != null) {
            spec.addField(constant(ArgsTypes.STRING, "VARIANT", CodeBlock.of("$S", definition.variant()),
                    "The selector value of this variant."));
        }
        List<CodeBlock> names = new ArrayList<>();
        List<CodeBlock> secrets = new ArrayList<>();
        for (Property property : definition.properties()) {
            names.add(CodeBlock.of("$S", property.name()));
            if (property.secret()) {
                secrets.add(CodeBlock.of("$S", property.name()));
            }
        }
        spec.addField(constant(ArgsTypes.STRING_LIST, "KEYS",
                CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(names, ", ")),
                "The documented keys, in schema order."));
        spec.addField(FieldSpec.builder(ArgsTypes.STRING, "OWNER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", types.owner(definition))
                .build());
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "SECRET_KEYS",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", Set.class, CodeBlock.join(secrets, ", "))
                .build());
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(value)
                .build();
    }

    private static MethodSpec builderMethod(ClassName record) {
        return MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(record.nestedClass("Builder"))
                .addJavadoc("Returns an empty builder.\n")
                .addStatement("return new Builder()")
                .build();
    }

    private static MethodSpec toBuilderMethod(ClassName record) {
        return MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(record.nestedClass("Builder"))
                .addJavadoc("Returns a builder that starts from these values.\n")
                .addStatement("return new Builder(this)")
                .build();
    }

    private MethodSpec readMethod(Definition definition, ClassName record) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ArgsTypes.READ_RESULT, record))
                .addParameter(ArgsTypes.INPUT_MAP, "map")
                .addParameter(ArgsTypes.STRING, "path")
                .addJavadoc("Reads the arguments from {@code map}, keyed by documented name, and applies defaults."
                        + " The result lists every unknown key, wrong type, missing key, invalid value, broken rule"
                        + " and warning, each at its path below {@code path}. A key whose value cannot be read is"
                        + " reported once: it gets no default, is not reported as missing, and the rules that name"
                        + " it are skipped.\n")
                .addStatement("$T reader = $T.open(map, path, OWNER, KEYS, SECRET_KEYS)",
                        ArgsTypes.MAP_READER, ArgsTypes.MAP_READER)
                .addStatement("Builder builder = new Builder()");
        for (Property property : definition.properties()) {
            method.addStatement("builder.$N = $L", property.javaName(), keys.read(property));
        }
        return method.addStatement("return builder.finish(path, reader.violations(), reader.unreadableKeys())")
                .build();
    }

    private MethodSpec fromMapMethod(Definition definition, ClassName record) {
        return MethodSpec.methodBuilder("fromMap")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(record)
                .addParameter(ArgsTypes.INPUT_MAP, "map")
                .addJavadoc("Reads the arguments from {@code map}; see {@link #read(Map, String)}.\n\n"
                        + "@throws $T if there is an error; the message lists every violation\n", ArgsTypes.EXCEPTION)
                .addStatement("return read(map, $S).orThrow()", types.pathRoot(definition))
                .build();
    }

    private void addMapMethods(TypeSpec.Builder spec, Definition definition, boolean overrides) {
        MethodSpec.Builder toMap = MethodSpec.methodBuilder("toMap")
                .addModifiers(Modifier.PUBLIC)
                .returns(ArgsTypes.OBJECT_MAP)
                .addJavadoc("Returns the set keys by documented name, in schema order, with nested objects as maps"
                        + " and secrets included; {@code fromMap(toMap())} equals this record.\n")
                .addStatement("return entries(false)");
        MethodSpec.Builder toRedactedMap = MethodSpec.methodBuilder("toRedactedMap")
                .addModifiers(Modifier.PUBLIC)
                .returns(ArgsTypes.OBJECT_MAP)
                .addJavadoc("Returns {@link #toMap()} with every secret, nested ones too, replaced by"
                        + " {@code <redacted>}.\n")
                .addStatement("return entries(true)");
        if (overrides) {
            toMap.addAnnotation(Override.class);
            toRedactedMap.addAnnotation(Override.class);
        }
        spec.addMethod(toMap.build());
        spec.addMethod(toRedactedMap.build());
        spec.addMethod(entriesMethod(definition));
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ArgsTypes.STRING)
                .addJavadoc("Returns the set keys by documented name, with secrets shown as {@code <redacted>}.\n")
                .addStatement("return $S + toRedactedMap()", types.className(definition).simpleName())
                .build());
    }

    private MethodSpec entriesMethod(Definition definition) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("entries")
                .addModifiers(Modifier.PRIVATE)
                .returns(ArgsTypes.OBJECT_MAP)
                .addParameter(boolean.class, "redact")
                .addStatement("$T entries = new $T<>()", ArgsTypes.OBJECT_MAP, LinkedHashMap.class);
        for (Property property : definition.properties()) {
            method.beginControlFlow("if ($N != null)", property.javaName())
                    .addStatement("entries.put($S, $L)", property.name(), keys.mapValue(property))
                    .endControlFlow();
        }
        return method.addStatement("return $T.unmodifiableMap(entries)", Collections.class).build();
    }
}
