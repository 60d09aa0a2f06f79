package io.amlargs.processor.config;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Interface>Args} for a checked {@code @ArgsConfig} interface: a final class in
 * the interface's package whose {@code toArgs(config)} passes each method's value to the setter
 * of its key on the canonical record's builder. {@code build()} then applies defaults and
 * validates, as for any other caller.
 */
public final class ToArgsGenerator {

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName EXCEPTION = ClassName.get("io.amlargs.validation", "ArgsValidationException");

    private ToArgsGenerator() {
    }

    /**
     * Returns the name of the class generated for {@code config}: {@code TrainingClusterArgs}, or
     * {@code Outer_TrainingClusterArgs} for an interface nested in {@code Outer}.
     */
    public static ClassName className(ClassName config) {
        return ClassName.get(config.packageName(), String.join("_", config.simpleNames()) + "Args");
    }

    /** Returns the file of the class generated for {@code mapping}. */
    public static JavaFile generate(ConfigMapping mapping) {
        ClassName config = ClassName.get(mapping.config());
        boolean isPublic = mapping.config().getModifiers().contains(Modifier.PUBLIC);
        TypeSpec.Builder spec = TypeSpec.classBuilder(className(config))
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", "io.amlargs.processor.ArgsProcessor")
                        .build())
                .addOriginatingElement(mapping.config())
                .addJavadoc("Converts a {@link $T} into the {@code $L} args {@link $T}. The aml-args processor"
                        + " checked its methods against the keys of the schema when it compiled.\n", config,
                        mapping.target().owner(), mapping.record())
                .addModifiers(modifiers(isPublic, Modifier.FINAL))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(toArgs(mapping, config, isPublic));
        return JavaFile.builder(config.packageName(), spec.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static MethodSpec toArgs(ConfigMapping mapping, ClassName config, boolean isPublic) {
        CodeBlock.Builder chain = CodeBlock.builder()
                .add("return $T.builder()", mapping.record())
                .indent()
                .indent();
        for (MappedKey key : mapping.keys()) {
            chain.add("\n.$N(config.$N())", key.property().javaName(), key.method().getSimpleName().toString());
        }
        chain.add("\n.build();\n").unindent().unindent();

        MethodSpec.Builder method = MethodSpec.methodBuilder("toArgs")
                .addModifiers(modifiers(isPublic, Modifier.STATIC))
                .returns(mapping.record())
                .addParameter(config, "config")
                .addJavadoc("Returns the args that {@code config} describes, with defaults applied to unset keys.\n\n"
                        + "@throws $T if a required key is unset, or a value or rule is invalid; the message lists"
                        + " every violation\n", EXCEPTION)
                .addStatement("$T.requireNonNull(config, $S)", Objects.class, "config")
                .addCode(chain.build());
        if (mapping.usesDeprecated()) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation")
                    .build());
        }
        return method.build();
    }

    private static Modifier[] modifiers(boolean isPublic, Modifier modifier) {
        return isPublic ? new Modifier[] {Modifier.PUBLIC, modifier} : new Modifier[] {modifier};
    }
}
