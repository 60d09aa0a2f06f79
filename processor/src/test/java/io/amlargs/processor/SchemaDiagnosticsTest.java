package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that each schema problem is an error with its id, the schema file and the JSON pointer. */
class SchemaDiagnosticsTest {

    private static final String GROUP = "\"g\": {\"type\": \"object\", \"x-aml-kind\": \"group\", \"x-aml-java-name\": \"GArgs\","
            + " \"x-aml-group\": \"g\", \"additionalProperties\": false, ";

    @TempDir
    Path directory;

    /** Returns a schema whose only definitions are {@code definitions}. */
    private static String schema(String definitions) {
        return "{\"$defs\": {" + definitions + "}}";
    }

    /** Returns a schema with one group whose keys are {@code properties} and whose extra keywords are {@code extra}. */
    private static String group(String properties, String extra) {
        return schema(GROUP + extra + "\"properties\": {" + properties + "}}");
    }

    static Stream<Arguments> problems() {
        String key = "\"k\": {\"type\": \"integer\", \"x-aml-java-type\": \"Integer\"}";
        return Stream.of(
                // a Java type the format does not allow
                Arguments.of(group("\"k\": {\"type\": \"integer\", \"x-aml-java-type\": \"Long\"}", ""),
                        DiagnosticIds.BAD_JAVA_TYPE, "/$defs/g/properties/k/x-aml-java-type"),
                // a rule kind that does not exist
                Arguments.of(group(key, "\"x-aml-rules\": [{\"id\": \"R\", \"kind\": \"greaterThan\", \"keys\": [\"k\"],"
                                + " \"fix\": \"f\"}], "),
                        DiagnosticIds.UNKNOWN_RULE_KIND, "/$defs/g/x-aml-rules/0/kind"),
                // a $ref to nothing
                Arguments.of(group("\"k\": {\"$ref\": \"#/$defs/missing\", \"x-aml-java-type\": \"Missing\"}", ""),
                        DiagnosticIds.UNRESOLVED_REF, "/$defs/g/properties/k/$ref"),
                // a kind that does not exist
                Arguments.of(schema("\"g\": {\"x-aml-kind\": \"record\", \"x-aml-java-name\": \"G\"}"),
                        DiagnosticIds.UNKNOWN_KIND, "/$defs/g/x-aml-kind"),
                // no Java name
                Arguments.of(schema("\"g\": {\"x-aml-kind\": \"type\", \"additionalProperties\": false, \"properties\": {}}"),
                        DiagnosticIds.MISSING_KEYWORD, "/$defs/g/x-aml-java-name"),
                // a keyword the processor would silently not check
                Arguments.of(group("\"k\": {\"type\": \"string\", \"maxLength\": 3, \"x-aml-java-type\": \"String\"}", ""),
                        DiagnosticIds.UNSUPPORTED_KEYWORD, "/$defs/g/properties/k/maxLength"),
                // a rule about a key the group does not have
                Arguments.of(group(key, "\"x-aml-rules\": [{\"id\": \"R\", \"kind\": \"allOrNone\","
                                + " \"keys\": [\"k\", \"other\"], \"fix\": \"f\"}], "),
                        DiagnosticIds.BAD_RULE, "/$defs/g/x-aml-rules/0/keys"),
                // a warning condition that is not supported
                Arguments.of(group("\"k\": {\"type\": \"integer\", \"x-aml-java-type\": \"Integer\", \"x-aml-warnings\":"
                                + " [{\"id\": \"W\", \"when\": {\"minimum\": 3}, \"message\": \"m\", \"fix\": \"f\"}]}", ""),
                        DiagnosticIds.BAD_WARNING, "/$defs/g/properties/k/x-aml-warnings/0/when"),
                // a default of the wrong type
                Arguments.of(group("\"k\": {\"type\": \"integer\", \"x-aml-java-type\": \"Integer\", \"default\": \"four\"}", ""),
                        DiagnosticIds.BAD_VALUE, "/$defs/g/properties/k/default"),
                // two keys with one Java name
                Arguments.of(group("\"vm_size\": {\"type\": \"string\", \"x-aml-java-type\": \"String\"},"
                                + " \"vm-size\": {\"type\": \"string\", \"x-aml-java-type\": \"String\"}", ""),
                        DiagnosticIds.NAME_CLASH, "/$defs/g/properties/vm-size"),
                // a union shape without its discriminator
                Arguments.of(schema("\"u\": {\"x-aml-kind\": \"union\", \"x-aml-java-name\": \"U\", \"x-aml-discriminator\":"
                                + " \"type\", \"oneOf\": [{\"$ref\": \"#/$defs/s\"}]}, \"s\": {\"x-aml-kind\": \"type\","
                                + " \"x-aml-java-name\": \"S\", \"additionalProperties\": false, \"properties\": {}}"),
                        DiagnosticIds.MISSING_KEYWORD, "/$defs/s/properties"),
                // not JSON at all
                Arguments.of("{\"$defs\": {", DiagnosticIds.SCHEMA_UNREADABLE, "not valid JSON"));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void schemaProblemIsReported(String schema, String id, String detail) throws IOException {
        Path file = Files.writeString(directory.resolve("broken.schema.json"), schema);

        Compilation compilation = Fixtures.compile(file);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + id + "] " + file)
                .inFile(Fixtures.PACKAGE_INFO)
                .onLineContaining("@GenerateArgs");
        assertThat(compilation).hadErrorContaining(detail);
    }

    @Test
    void everyProblemIsReportedInOneBuild() throws IOException {
        String schema = group("\"a\": {\"type\": \"integer\", \"x-aml-java-type\": \"Long\"},"
                + " \"b\": {\"type\": \"integer\", \"x-aml-java-type\": \"Integer\", \"default\": \"x\"}", "");
        Path file = Files.writeString(directory.resolve("two.schema.json"), schema);

        Compilation compilation = Fixtures.compile(file);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.BAD_JAVA_TYPE + "]");
        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.BAD_VALUE + "]");
    }

    @Test
    void reviewMarkerIsWarningOnly() throws IOException {
        String schema = group("\"k\": {\"type\": \"integer\", \"x-aml-java-type\": \"Integer\","
                + " \"description\": \"TODO: describe k\", \"x-aml-review\": true}", "");
        Path file = Files.writeString(directory.resolve("review.schema.json"), schema);

        Compilation compilation = Fixtures.compile(file);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[" + DiagnosticIds.REVIEW_PENDING + "] " + file
                + " at /$defs/g/properties/k/x-aml-review")
                .inFile(Fixtures.PACKAGE_INFO)
                .onLineContaining("@GenerateArgs");
        assertThat(compilation).generatedSourceFile("fixture.args.GArgs");
    }

    @Test
    void missingSchemaFileIsReported() {
        Path file = directory.resolve("absent.schema.json");

        Compilation compilation = Fixtures.compile(file);

        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.SCHEMA_NOT_FOUND + "] " + file)
                .inFile(Fixtures.PACKAGE_INFO)
                .onLineContaining("@GenerateArgs");
    }

    @Test
    void existingTypeIsWriteFailure() {
        Compilation compilation = Fixtures.compile(Fixtures.SCHEMA,
                JavaFileObjects.forSourceLines("fixture.args.ExperimentArgs",
                        "package fixture.args;",
                        "",
                        "public class ExperimentArgs {",
                        "}"));

        assertThat(compilation).hadErrorContaining("[" + DiagnosticIds.WRITE_FAILED + "] cannot write"
                + " fixture.args.ExperimentArgs");
    }
}
