package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles valid {@code @ArgsConfig} interfaces and checks what is generated for them. */
class ArgsConfigSourcesTest {

    @Test
    void toArgsClassMatchesExpected() throws IOException {
        JavaFileObject source = ConfigFixtures.cluster(
                "    String computeName();",
                "",
                "    @ArgKey(\"max_nodes\")",
                "    int size();",
                "",
                "    default String label() {",
                "        return computeName() + \"/\" + size();",
                "    }");
        String expected = Files.readString(Fixtures.resource("/expected/TrainingClusterArgs.java"));

        Compilation compilation = Fixtures.compile(Fixtures.SCHEMA, source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("fixture.config.TrainingClusterArgs")
                .contentsAsUtf8String()
                .isEqualTo(expected);
    }

    @Test
    void everyKindOfMappingCompilesWithoutWarnings() {
        JavaFileObject named = ConfigFixtures.source("Named",
                "interface Named {",
                "    String name();",
                "",
                "    String script();",
                "}");
        JavaFileObject job = ConfigFixtures.source("Job",
                ConfigFixtures.JOB,
                "interface Job extends Named {",
                "    // a primitive for a boxed key, and a Java name with a suffix",
                "    int nodesMax();",
                "    double ratio();",
                "    Boolean defaultValue();",
                "    // a key named by @ArgKey",
                "    @ArgKey(\"public_access\") boolean open();",
                "    // a subtype of the key's type, and generated types of the same build",
                "    java.util.ArrayList<String> identityIds();",
                "    fixture.args.DataPath data();",
                "    java.util.List<fixture.args.DataPath> datasets();",
                "    fixture.args.KeyAuth auth();",
                "    // redeclared Object methods, overridden parents and default methods are not keys",
                "    String toString();",
                "    default String script() {",
                "        return \"train.py\";",
                "    }",
                "}");

        Compilation compilation = Fixtures.compile(Fixtures.SCHEMA, named, job);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("fixture.config.JobArgs");
    }

    @Test
    void methodsMatchJavaNames() {
        JavaFileObject source = ConfigFixtures.source("Experiment",
                "@ArgsConfig(group = \"experiment_args\", argsPackage = \"fixture.args\")",
                "interface Experiment {",
                "    String name();",
                "    // cloud is the key cloud, internalCloud is _cloud",
                "    String cloud();",
                "    String internalCloud();",
                "}");

        Compilation compilation = Fixtures.compile(Fixtures.SCHEMA, source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("fixture.config.ExperimentArgs")
                .contentsAsUtf8String()
                .contains(".cloud(config.cloud())\n                .internalCloud(config.internalCloud())");
    }

    @Test
    void methodMatchesKeyBySnakeCase(@TempDir Path directory) throws IOException {
        // The Java name of the key path is pathValue, because generated builders use path themselves.
        Path schema = Files.writeString(directory.resolve("path.schema.json"), "{\"$defs\": {\"g\": {\"type\":"
                + " \"object\", \"x-aml-kind\": \"group\", \"x-aml-java-name\": \"GArgs\", \"x-aml-group\": \"g\","
                + " \"additionalProperties\": false, \"properties\": {\"path\": {\"type\": \"string\","
                + " \"x-aml-java-type\": \"String\"}}}}}");
        JavaFileObject source = ConfigFixtures.source("Location",
                "@ArgsConfig(group = \"g\", argsPackage = \"fixture.args\")",
                "interface Location {",
                "    String path();",
                "}");

        Compilation compilation = Fixtures.compile(schema, source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("fixture.config.LocationArgs")
                .contentsAsUtf8String()
                .contains(".pathValue(config.path())");
    }

    @Test
    void nestedInterfaceGetsOuterName() {
        JavaFileObject source = ConfigFixtures.source("Outer",
                "public class Outer {",
                "    " + ConfigFixtures.CLUSTER,
                "    public interface Cluster {",
                "        String computeName();",
                "    }",
                "}");

        Compilation compilation = Fixtures.compile(Fixtures.SCHEMA, source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("fixture.config.Outer_ClusterArgs");
    }

    @Test
    void callerCompilesInSameBuild() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();");
        JavaFileObject caller = JavaFileObjects.forSourceLines("other.Caller",
                "package other;",
                "",
                "import fixture.args.ClusterArgs;",
                "import fixture.config.TrainingCluster;",
                "import fixture.config.TrainingClusterArgs;",
                "",
                "class Caller {",
                "    static ClusterArgs args(TrainingCluster cluster) {",
                "        return TrainingClusterArgs.toArgs(cluster);",
                "    }",
                "}");

        assertThat(Fixtures.compile(Fixtures.SCHEMA, source, caller)).succeededWithoutWarnings();
    }
}
