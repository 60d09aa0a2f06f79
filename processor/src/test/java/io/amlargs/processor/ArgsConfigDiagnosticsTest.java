package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Checks that each problem of an {@code @ArgsConfig} interface is reported with its id on the
 * line of the method, or of the annotation for problems of the whole interface.
 */
class ArgsConfigDiagnosticsTest {

    private static Compilation compile(JavaFileObject... sources) {
        return Fixtures.compile(Fixtures.SCHEMA, sources);
    }

    private static void assertError(JavaFileObject source, String id, String message, String line) {
        Compilation compilation = compile(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + id + "] " + message)
                .inFile(source)
                .onLineContaining(line);
    }

    @Test
    void unknownMethodNameSuggestsKey() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();", "    Integer maxNodess();");

        assertError(source, DiagnosticIds.UNKNOWN_KEY,
                "'maxNodess' is not a key of compute_args (Cluster); did you mean 'max_nodes'?", "maxNodess()");
    }

    @Test
    void unknownArgKeySuggestsKey() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();",
                "    @ArgKey(\"max_node\") Integer size();");

        assertError(source, DiagnosticIds.UNKNOWN_KEY,
                "'max_node' is not a key of compute_args (Cluster); did you mean 'max_nodes'?", "max_node\"");
    }

    @Test
    void unknownKeyWithoutNearKeyNamesFixes() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();", "    Integer gpuCount();");

        assertError(source, DiagnosticIds.UNKNOWN_KEY, "'gpuCount' is not a key of compute_args (Cluster); name the"
                + " method after a key, map it with @ArgKey, or make it a default method", "gpuCount()");
    }

    @Test
    void unknownGroupSuggestsGroup() {
        JavaFileObject source = ConfigFixtures.source("Cluster",
                "@ArgsConfig(group = \"compute_arg\", variant = \"Cluster\", argsPackage = \"fixture.args\")",
                "interface Cluster {",
                "    String computeName();",
                "}");

        assertError(source, DiagnosticIds.UNKNOWN_GROUP,
                "'compute_arg' is not an argument dictionary of the schema; did you mean 'compute_args'?",
                "@ArgsConfig");
    }

    @Test
    void unknownGroupListsGroups() {
        JavaFileObject source = ConfigFixtures.source("Cluster",
                "@ArgsConfig(group = \"cluster\", argsPackage = \"fixture.args\")",
                "interface Cluster {",
                "}");

        assertError(source, DiagnosticIds.UNKNOWN_GROUP, "'cluster' is not an argument dictionary of the schema; use"
                + " one of 'experiment_args', 'job_args', 'compute_args'", "@ArgsConfig");
    }

    @Test
    void unknownVariantSuggestsVariant() {
        JavaFileObject source = ConfigFixtures.source("Cluster",
                "@ArgsConfig(group = \"compute_args\", variant = \"Clustr\", argsPackage = \"fixture.args\")",
                "interface Cluster {",
                "    String computeName();",
                "}");

        assertError(source, DiagnosticIds.UNKNOWN_VARIANT, "'Clustr' is not a variant of compute_args; did you mean"
                + " 'Cluster'?", "@ArgsConfig");
    }

    @Test
    void variantOfGroupWithoutVariants() {
        JavaFileObject source = ConfigFixtures.source("Job",
                "@ArgsConfig(group = \"job_args\", variant = \"Cluster\", argsPackage = \"fixture.args\")",
                "interface Job {",
                "    String name();",
                "}");

        assertError(source, DiagnosticIds.UNKNOWN_VARIANT, "'Cluster' is not a variant of job_args, which has no"
                + " variants; remove variant", "@ArgsConfig");
    }

    @Test
    void missingVariantListsVariants() {
        JavaFileObject source = ConfigFixtures.source("Cluster",
                "@ArgsConfig(group = \"compute_args\", argsPackage = \"fixture.args\")",
                "interface Cluster {",
                "    String computeName();",
                "}");

        assertError(source, DiagnosticIds.MISSING_VARIANT, "compute_args has variants, so @ArgsConfig needs one; set"
                + " variant to one of 'Cluster', 'Instance'", "@ArgsConfig");
    }

    @Test
    void primitiveOfOtherTypeIsMismatch() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();", "    long maxNodes();");

        assertError(source, DiagnosticIds.KEY_TYPE_MISMATCH, "'maxNodes' returns long, but the key max_nodes of"
                + " compute_args (Cluster) is Integer; return Integer or int", "maxNodes()");
    }

    @Test
    void definitionKeyTypeIsMismatch() {
        JavaFileObject source = ConfigFixtures.source("Job",
                ConfigFixtures.JOB,
                "interface Job {",
                "    String name();",
                "    String data();",
                "}");

        assertError(source, DiagnosticIds.KEY_TYPE_MISMATCH, "'data' returns java.lang.String, but the key data of"
                + " job_args is DataPath; return DataPath", "data()");
    }

    @Test
    void rawListIsMismatch() {
        JavaFileObject source = ConfigFixtures.source("Job",
                ConfigFixtures.JOB,
                "interface Job {",
                "    String name();",
                "    @SuppressWarnings(\"rawtypes\") java.util.List modes();",
                "}");

        assertError(source, DiagnosticIds.KEY_TYPE_MISMATCH, "'modes' returns java.util.List, but the key modes of"
                + " job_args is List<String>; return List<String>", "modes()");
    }

    @Test
    void classIsNotAnInterface() {
        JavaFileObject source = ConfigFixtures.source("TrainingCluster",
                ConfigFixtures.CLUSTER,
                "abstract class TrainingCluster {",
                "    abstract String computeName();",
                "}");

        assertError(source, DiagnosticIds.NOT_AN_INTERFACE, "@ArgsConfig is on the class TrainingCluster, but only an"
                + " interface can describe args; make it an interface", "@ArgsConfig");
    }

    @Test
    void genericInterfaceIsUnsupported() {
        JavaFileObject source = ConfigFixtures.source("TrainingCluster",
                ConfigFixtures.CLUSTER,
                "interface TrainingCluster<T> {",
                "    String computeName();",
                "}");

        assertError(source, DiagnosticIds.UNSUPPORTED_INTERFACE, "TrainingCluster declares type parameters, but"
                + " @ArgsConfig describes one fixed dictionary; remove them", "@ArgsConfig");
    }

    @Test
    void privateInterfaceIsUnsupported() {
        JavaFileObject source = ConfigFixtures.source("Outer",
                "class Outer {",
                "    " + ConfigFixtures.CLUSTER,
                "    private interface TrainingCluster {",
                "        String computeName();",
                "    }",
                "}");

        assertError(source, DiagnosticIds.UNSUPPORTED_INTERFACE, "TrainingCluster is private or inside a private"
                + " type, so the generated class beside it cannot use it; make it package-private", "@ArgsConfig");
    }

    @Test
    void duplicateKeyIsReportedOnBothMethods() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();",
                "    @ArgKey(\"compute_name\") String name();");
        String message = "'computeName' and 'name' map to the same key compute_name of compute_args (Cluster);"
                + " keep one of them";

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.DUPLICATE_KEY + "] " + message)
                .inFile(source)
                .onLineContaining("computeName()");
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.DUPLICATE_KEY + "] " + message)
                .inFile(source)
                .onLineContaining("name();");
    }

    @Test
    void methodWithParametersIsError() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();", "    Integer maxNodes(int scale);");

        assertError(source, DiagnosticIds.METHOD_HAS_PARAMETERS, "'maxNodes' takes parameters, but toArgs calls each"
                + " method without arguments; remove the parameters, or make it a default method", "maxNodes(int");
    }

    @Test
    void genericMethodIsError() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();",
                "    <T extends Integer> T maxNodes();");

        assertError(source, DiagnosticIds.GENERIC_METHOD, "'maxNodes' declares type parameters, but a key has one"
                + " type; remove them, or make it a default method", "maxNodes()");
    }

    @Test
    void checkedExceptionIsError() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();",
                "    Integer maxNodes() throws java.io.IOException;");

        assertError(source, DiagnosticIds.CHECKED_EXCEPTION, "'maxNodes' throws the checked exception"
                + " java.io.IOException, which toArgs cannot handle; remove it from the throws clause", "maxNodes()");
    }

    @Test
    void uncheckedExceptionIsAllowed() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName() throws IllegalStateException;");

        assertThat(compile(source)).succeededWithoutWarnings();
    }

    @Test
    void unmappedRequiredKeyIsError() {
        JavaFileObject source = ConfigFixtures.cluster("    Integer maxNodes();");

        assertError(source, DiagnosticIds.MISSING_REQUIRED_KEY, "'compute_name' is required by compute_args (Cluster),"
                + " but no method of TrainingCluster maps to it; add a method such as 'String computeName()'",
                "@ArgsConfig");
    }

    @Test
    void deprecatedKeyIsWarning() {
        JavaFileObject source = ConfigFixtures.source("Job",
                ConfigFixtures.JOB,
                "interface Job {",
                "    String name();",
                "    String script();",
                "    String sku();",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[" + DiagnosticIds.DEPRECATED_KEY + "] 'sku' maps to the key sku"
                        + " of job_args, which is deprecated and ignored; remove the method, or add"
                        + " @SuppressWarnings(\"deprecation\") to it")
                .inFile(source)
                .onLineContaining("sku()");
    }

    @Test
    void suppressedDeprecatedKeyCompilesWithoutWarnings() {
        JavaFileObject source = ConfigFixtures.source("Job",
                ConfigFixtures.JOB,
                "interface Job {",
                "    String name();",
                "    String script();",
                "    @SuppressWarnings(\"deprecation\") String sku();",
                "}");

        assertThat(compile(source)).succeededWithoutWarnings();
    }

    @Test
    void missingArgsPackageIsReported() {
        JavaFileObject source = ConfigFixtures.source("TrainingCluster",
                "@ArgsConfig(group = \"compute_args\", variant = \"Cluster\", argsPackage = \"missing.args\")",
                "interface TrainingCluster {",
                "    String computeName();",
                "    Integer maxNodess();",
                "}");
        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.ARGS_NOT_FOUND + "] missing.args.ClusterArgs,"
                        + " the record of compute_args (Cluster), is not on the class path; add the aml-args-runtime"
                        + " dependency, or set argsPackage to the package whose package-info has @GenerateArgs")
                .inFile(source)
                .onLineContaining("@ArgsConfig");
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.UNKNOWN_KEY + "] 'maxNodess'")
                .inFile(source)
                .onLineContaining("maxNodess()");
    }

    @Test
    void schemaProblemIsReportedOnInterface() {
        JavaFileObject source = ConfigFixtures.cluster("    String computeName();");
        Path missing = Path.of("/nonexistent/args.schema.json");

        Compilation compilation = Fixtures.compile(missing, source);

        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.SCHEMA_NOT_FOUND + "] " + missing)
                .inFile(source)
                .onLineContaining("@ArgsConfig");
    }

    @Test
    void everyProblemIsReportedInOneBuild() {
        JavaFileObject source = ConfigFixtures.cluster(
                "    Integer maxNodess();",
                "    long computeName();",
                "    Boolean sshPublicAccess(String reason);");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.UNKNOWN_KEY + "] 'maxNodess'");
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.KEY_TYPE_MISMATCH + "] 'computeName'");
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.METHOD_HAS_PARAMETERS + "] 'sshPublicAccess'");
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.UNKNOWN_KEY + "] 'sshPublicAccess'");
    }
}
