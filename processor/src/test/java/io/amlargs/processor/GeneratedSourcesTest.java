package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compares one generated file of each shape with its expected source. */
class GeneratedSourcesTest {

    private static Compilation compilation;

    @BeforeAll
    static void compileFixture() {
        compilation = Fixtures.compile(Fixtures.SCHEMA);
    }

    @Test
    void fixtureCompilesWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void groupRecord() throws IOException {
        assertGenerated("ExperimentArgs");
    }

    @Test
    void groupValidator() throws IOException {
        assertGenerated("ExperimentArgsValidator");
    }

    @Test
    void variantsInterface() throws IOException {
        assertGenerated("ComputeArgs");
    }

    @Test
    void unionInterface() throws IOException {
        assertGenerated("Auth");
    }

    @Test
    void catalog() throws IOException {
        assertGenerated("ArgsCatalog");
    }

    private static void assertGenerated(String simpleName) throws IOException {
        String expected = Files.readString(Fixtures.resource("/expected/" + simpleName + ".java"));

        assertThat(compilation)
                .generatedSourceFile("fixture.args." + simpleName)
                .contentsAsUtf8String()
                .isEqualTo(expected);
    }
}
