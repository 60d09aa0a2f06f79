package io.amlargs.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.DefinitionKind;
import io.amlargs.processor.schema.JavaNames;
import io.amlargs.processor.schema.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code ArgsCatalog}: every argument dictionary with its selector, variants, Java
 * types and keys, and a {@code read} that dispatches on the dictionary name, so code can handle
 * dictionaries that later schema versions add without being changed.
 */
final class CatalogGenerator {

    static final String CATALOG = "ArgsCatalog";

    private final ArgsTypes types;

    CatalogGenerator(ArgsTypes types) {
        this.types = types;
    }

    TypeSpec generate() {
        List<Definition> groups = types.model().groups();
        TypeSpec.Builder spec = types.start(TypeSpec.classBuilder(CATALOG))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                                .addJavadoc("Every argument dictionary of the aml-args schema, in schema order.\n");

        List<CodeBlock> constants = new ArrayList<>();
        List<CodeBlock> names = new ArrayList<>();
        for (Definition group : groups) {
            String constant = JavaNames.constantName(group.group());
            spec.addField(FieldSpec.builder(ArgsTypes.ARGS_GROUP, constant, Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The dictionary {@code $L}.\n", group.group())
                    .initializer("$N()", methodName(group))
                    .build());
            constants.add(CodeBlock.of("$N", constant));
            names.add(CodeBlock.of("$S", group.group()));
        }
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), ArgsTypes.ARGS_GROUP), "GROUPS",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The argument dictionaries, in schema order.\n")
                .initializer("$T.of($L)", List.class, CodeBlock.join(constants, ", "))
                .build());
        spec.addField(FieldSpec.builder(ArgsTypes.STRING_LIST, "GROUP_NAMES", Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The documented names of the argument dictionaries, in schema order.\n")
                .initializer("$T.of($L)", List.class, CodeBlock.join(names, ", "))
                .build());

        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(groupLookup());
        spec.addMethod(read(groups));
        for (Definition group : groups) {
            spec.addMethod(groupMethod(group));
        }
        return spec.build();
    }

    private static String methodName(Definition group) {
        String javaName = group.javaName();
        return Character.toLowerCase(javaName.charAt(0)) + javaName.substring(1);
    }

    private static MethodSpec groupLookup() {
        return MethodSpec.methodBuilder("group")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), ArgsTypes.ARGS_GROUP))
                .addParameter(ArgsTypes.STRING, "name")
                .addJavadoc("Returns the dictionary with the documented name {@code name}.\n")
                .addStatement("return GROUPS.stream().filter(group -> group.name().equals(name)).findFirst()")
                .build();
    }

    private MethodSpec read(List<Definition> groups) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ArgsTypes.READ_RESULT, WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(ArgsTypes.STRING, "group")
                .addParameter(ArgsTypes.STRING, "variant")
                .addParameter(ArgsTypes.INPUT_MAP, "map")
                .addJavadoc("Reads the dictionary {@code group} from {@code map}, with paths below the group name.\n\n"
                        + "@param group the documented dictionary name, such as {@code compute_args}\n"
                        + "@param variant the selector value for dictionaries with variants; ignored by the others\n"
                        + "@param map the arguments, keyed by documented name\n"
                        + "@return the arguments read, or an unknown-key violation when {@code group} is none of"
                        + " {@link #GROUP_NAMES}\n")
                .addStatement("$T.requireNonNull(group, $S)", Objects.class, "group");
        method.beginControlFlow("switch (group)");
        for (Definition group : groups) {
            method.addCode("case $S:\n", group.group());
            if (group.kind() == DefinitionKind.GROUP_VARIANTS) {
                method.addStatement("$>return $T.read(variant, map, group)$<", types.className(group));
            } else {
                method.addStatement("$>return $T.read(map, group)$<", types.className(group));
            }
        }
        method.addCode("default:\n")
                .addStatement("$>return new $T<>(null, $T.of($T.unknownGroup(group, GROUP_NAMES)))$<",
                        ArgsTypes.READ_RESULT, List.class, ArgsTypes.SELECTORS);
        return method.endControlFlow().build();
    }

    private MethodSpec groupMethod(Definition group) {
        CodeBlock keys;
        CodeBlock variants;
        if (group.kind() == DefinitionKind.GROUP_VARIANTS) {
            keys = CodeBlock.of("$T.of()", List.class);
            List<CodeBlock> entries = new ArrayList<>();
            for (String memberName : group.members()) {
                Definition variant = types.model().require(memberName);
                entries.add(CodeBlock.of("\nnew $T($S, $T.class, $L)", ArgsTypes.ARGS_VARIANT, variant.variant(),
                        types.className(variant), keyList(variant)));
            }
            variants = CodeBlock.of("$T.of($>$L$<)", List.class, CodeBlock.join(entries, ","));
        } else {
            keys = keyList(group);
            variants = CodeBlock.of("$T.of()", List.class);
        }
        CodeBlock selector = group.selector() == null ? CodeBlock.of("null") : CodeBlock.of("$S", group.selector());
        return MethodSpec.methodBuilder(methodName(group))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ArgsTypes.ARGS_GROUP)
                .addStatement("return new $T($S, $L, $T.class, $L, $L)", ArgsTypes.ARGS_GROUP, group.group(), selector,
                        types.className(group), keys, variants)
                .build();
    }

    private static CodeBlock keyList(Definition definition) {
        List<CodeBlock> keys = new ArrayList<>();
        for (Property property : definition.properties()) {
            String localPath = property.docs().localPath();
            keys.add(CodeBlock.of("\nnew $T($S, $S, $L, $L, $L, $L, $L)", ArgsTypes.ARGS_KEY, property.name(),
                    property.javaName(), property.required(), property.secret(), property.docs().internal(),
                    property.docs().ignored(), localPath == null ? "null" : CodeBlock.of("$S", localPath)));
        }
        return CodeBlock.of("$T.of($>$L$<)", List.class, CodeBlock.join(keys, ","));
    }
}
