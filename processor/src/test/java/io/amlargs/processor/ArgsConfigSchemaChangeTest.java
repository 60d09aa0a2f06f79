package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the reason for {@code @ArgsConfig}: when schema sync removes a key because the docs page
 * dropped it, the next build of user code that sets the key fails at the method that maps to it.
 */
class ArgsConfigSchemaChangeTest {

    private static final JavaFileObject CLUSTER = ConfigFixtures.cluster(
            "    String computeName();",
            "    Integer maxNodes();");

    @TempDir
    Path directory;

    @Test
    void droppedKeyFailsRebuild() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode schema = (ObjectNode) json.readTree(Fixtures.SCHEMA.toFile());
        Path before = directory.resolve("before.schema.json");
        json.writeValue(before.toFile(), schema);
        ObjectNode cluster = (ObjectNode) schema.path("$defs").path("compute_args.Cluster");
        ((ObjectNode) cluster.path("properties")).remove("max_nodes");
        Path after = directory.resolve("after.schema.json");
        json.writeValue(after.toFile(), schema);

        Compilation withKey = Fixtures.compile(before, CLUSTER);
        Compilation withoutKey = Fixtures.compile(after, CLUSTER);

        assertThat(withKey).succeededWithoutWarnings();
        assertThat(withoutKey).failed();
        assertThat(withoutKey).hadErrorCount(1);
        assertThat(withoutKey).hadErrorContaining("[" + DiagnosticIds.UNKNOWN_KEY + "] 'maxNodes' is not a key of"
                        + " compute_args (Cluster)")
                .inFile(CLUSTER)
                .onLineContaining("maxNodes()");
    }
}
