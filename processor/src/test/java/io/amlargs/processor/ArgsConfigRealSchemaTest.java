package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles {@code @ArgsConfig} interfaces against the real schema of the aml-args-schema jar, with
 * the canonical args generated into their default package {@code io.amlargs.args} in the same
 * build, as the runtime module generates them.
 */
class ArgsConfigRealSchemaTest {

    private static final JavaFileObject CANONICAL_ARGS = JavaFileObjects.forSourceLines(
            "io.amlargs.args.package-info",
            "@GenerateArgs",
            "package io.amlargs.args;",
            "",
            "import io.amlargs.annotations.GenerateArgs;");

    private static final JavaFileObject TRAINING_CLUSTER = JavaFileObjects.forSourceLines(
            "com.example.config.TrainingCluster",
            "package com.example.config;",
            "",
            "import io.amlargs.annotations.ArgKey;",
            "import io.amlargs.annotations.ArgsConfig;",
            "",
            "@ArgsConfig(group = \"compute_args\", variant = \"AmlComputeCluster\")",
            "interface TrainingCluster {",
            "    String computeName();",
            "    @ArgKey(\"vm_size\") String size();",
            "    Integer maxNodes();",
            "}");

    private static final JavaFileObject WORKSPACE = JavaFileObjects.forSourceLines(
            "com.example.config.Workspace",
            "package com.example.config;",
            "",
            "import io.amlargs.annotations.ArgsConfig;",
            "",
            "@ArgsConfig(group = \"workspace_args\")",
            "interface Workspace {",
            "    String subscriptionId();",
            "    String resourceGroup();",
            "    String workspaceName();",
            "    // the internal key _cloud, whose Java name is cloud",
            "    String cloud();",
            "}");

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = javac()
                .withProcessors(new ArgsProcessor())
                .withOptions("-Xlint:all,-processing,-options")
                .compile(CANONICAL_ARGS, TRAINING_CLUSTER, WORKSPACE);
    }

    @Test
    void interfacesCompileWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void sizeMapsToVmSize() {
        assertThat(compilation).generatedSourceFile("com.example.config.TrainingClusterArgs")
                .contentsAsUtf8String()
                .contains("return AmlComputeClusterArgs.builder()\n"
                        + "                .computeName(config.computeName())\n"
                        + "                .vmSize(config.size())\n"
                        + "                .maxNodes(config.maxNodes())\n"
                        + "                .build();");
    }

    @Test
    void cloudMapsToInternalKey() {
        assertThat(compilation).generatedSourceFile("com.example.config.WorkspaceArgs")
                .contentsAsUtf8String()
                .contains(".cloud(config.cloud())");
    }
}
