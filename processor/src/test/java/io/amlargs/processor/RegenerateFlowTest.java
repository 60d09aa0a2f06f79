package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.schema.sync.Drift;
import io.amlargs.schema.sync.SchemaSync;
import io.amlargs.schema.sync.SyncResult;
import io.amlargs.validation.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the regenerate flow that the README describes, with no code change between its steps:
 * {@link SchemaSync} merges a changed docs page into a copy of a schema, the processor generates
 * args from the result, and an {@code @ArgsConfig} interface stops compiling once a later page
 * drops a key it uses.
 *
 * <p>The first page is the schema module's {@code new-definitions.md}, which adds the variant
 * {@code KubernetesCompute} to {@code compute_args}, the group {@code tracking_args} and the group
 * with variants {@code storage_args}. The second page, {@code regenerate/namespace-removed.md},
 * documents the same dictionaries without the key {@code namespace} of {@code KubernetesCompute}.
 */
class RegenerateFlowTest {

    private static final Path SYNC_FIXTURES = Path.of("..", "schema", "src", "test", "resources", "sync");

    private static final Path NEW_DEFINITIONS_PAGE = SYNC_FIXTURES.resolve("new-definitions.md");

    private static final Path NAMESPACE_REMOVED_PAGE = Fixtures.resource("/regenerate/namespace-removed.md");

    private static final String REVIEW = "x-aml-review";

    /** A user's interface for the variant that the first sync adds. The second page drops its key {@code namespace}. */
    private static final JavaFileObject KUBERNETES_CONFIG = ConfigFixtures.source("AksCompute",
            "@ArgsConfig(group = \"compute_args\", variant = \"KubernetesCompute\", argsPackage = \"fixture.args\")",
            "public interface AksCompute {",
            "    String computeName();",
            "",
            "    String namespace();",
            "}");

    private final ObjectMapper json = new ObjectMapper();

    private final SchemaSync sync = new SchemaSync();

    @TempDir
    Path directory;

    private Path schema;

    @BeforeEach
    void copyBaseSchema() throws IOException {
        schema = Files.copy(SYNC_FIXTURES.resolve("base.schema.json"), directory.resolve("args.schema.json"));
    }

    @Test
    void syncReportsNewDefinitions() {
        SyncResult result = sync.sync(NEW_DEFINITIONS_PAGE, schema, false);

        assertThat(result.report().drifts())
                .extracting(Drift::definition, Drift::kind, Drift::subject)
                .containsExactly(
                        tuple("compute_args", Drift.Kind.VARIANT_ADDED, "KubernetesCompute"),
                        tuple("tracking_args", Drift.Kind.GROUP_ADDED, "tracking_args"),
                        tuple("storage_args", Drift.Kind.GROUP_ADDED, "storage_args"),
                        tuple("storage_args", Drift.Kind.VARIANT_ADDED, "BlobStorage"));
        assertThat(result.staleFiles()).contains(schema);
        assertThat(result.check()).isFalse();
    }

    @Test
    void syncedSchemaWarnsForEachReviewMarker() throws IOException {
        sync.sync(NEW_DEFINITIONS_PAGE, schema, false);
        List<String> markers = reviewMarkers(json.readTree(schema.toFile()));

        Compilation compilation = Fixtures.compile(schema);

        assertThat(compilation).succeeded();
        assertThat(markers).contains(
                "/$defs/compute_args.KubernetesCompute/x-aml-review",
                "/$defs/compute_args.KubernetesCompute/properties/namespace/x-aml-review",
                "/$defs/tracking_args/x-aml-review",
                "/$defs/storage_args/x-aml-review",
                "/$defs/storage_args.BlobStorage/x-aml-review");
        for (String marker : markers) {
            assertThat(compilation).hadWarningContaining("[" + DiagnosticIds.REVIEW_PENDING + "] " + schema + " at " + marker)
                    .inFile(Fixtures.PACKAGE_INFO)
                    .onLineContaining("@GenerateArgs");
        }
        assertThat(compilation).hadWarningCount(markers.size());
    }

    @Test
    void syncedSchemaGeneratesNewTypes() {
        sync.sync(NEW_DEFINITIONS_PAGE, schema, false);

        Compilation compilation = Fixtures.compile(schema);

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("fixture.args.ComputeArgs").contentsAsUtf8String()
                .contains("sealed interface ComputeArgs permits AmlComputeClusterArgs, KubernetesComputeArgs");
        assertThat(compilation).generatedSourceFile("fixture.args.KubernetesComputeArgs").contentsAsUtf8String()
                .contains("record KubernetesComputeArgs(String computeName, String namespace) implements ComputeArgs");
        assertThat(compilation).generatedSourceFile("fixture.args.TrackingArgs").contentsAsUtf8String()
                .contains("record TrackingArgs(");
        assertThat(compilation).generatedSourceFile("fixture.args.StorageArgs").contentsAsUtf8String()
                .contains("sealed interface StorageArgs permits BlobStorageArgs");
        assertThat(compilation).generatedSourceFile("fixture.args.BlobStorageArgs").contentsAsUtf8String()
                .contains("implements StorageArgs");
        StringSubject catalog = assertThat(compilation).generatedSourceFile("fixture.args.ArgsCatalog")
                .contentsAsUtf8String();
        catalog.contains("public static final ArgsGroup TRACKING_ARGS");
        catalog.contains("public static final ArgsGroup STORAGE_ARGS");
        catalog.contains("new ArgsVariant(\"KubernetesCompute\", KubernetesComputeArgs.class");
        catalog.contains("new ArgsVariant(\"BlobStorage\", BlobStorageArgs.class");
    }

    @Test
    void catalogReadsNewVariant() throws ReflectiveOperationException {
        sync.sync(NEW_DEFINITIONS_PAGE, schema, false);
        Compilation compilation = Fixtures.compile(schema);
        assertThat(compilation).succeeded();
        Class<?> catalog = new GeneratedClassLoader(compilation).loadClass("fixture.args.ArgsCatalog");

        Object groupNames = catalog.getField("GROUP_NAMES").get(null);
        ReadResult<?> read = (ReadResult<?>) catalog.getMethod("read", String.class, String.class, Map.class)
                .invoke(null, "compute_args", "KubernetesCompute", Map.of("compute_name", "aks", "namespace", "team-a"));

        assertThat(groupNames).isEqualTo(List.of("workspace_args", "compute_args", "tracking_args", "storage_args",
                "download_args"));
        assertThat(read.violations()).isEmpty();
        assertThat(read.value().getClass().getSimpleName()).isEqualTo("KubernetesComputeArgs");
        assertThat(read.value().getClass().getInterfaces()).extracting(Class::getSimpleName).containsExactly("ComputeArgs");
        assertThat(read.value().getClass().getMethod("toMap").invoke(read.value()))
                .isEqualTo(Map.of("compute_name", "aks", "namespace", "team-a"));
    }

    @Test
    void reviewedSchemaCompilesWithoutWarnings() throws IOException {
        sync.sync(NEW_DEFINITIONS_PAGE, schema, false);
        JsonNode synced = json.readTree(schema.toFile());
        deleteReviewMarkers(synced);
        Path reviewed = directory.resolve("reviewed.schema.json");
        json.writeValue(reviewed.toFile(), synced);

        Compilation compilation = Fixtures.compile(reviewed);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("fixture.args.KubernetesComputeArgs");
    }

    @Test
    void droppedKeyFailsConfigInterface() throws IOException {
        sync.sync(NEW_DEFINITIONS_PAGE, schema, false);
        Path before = Files.copy(schema, directory.resolve("before.schema.json"));

        SyncResult result = sync.sync(NAMESPACE_REMOVED_PAGE, schema, false);
        Compilation withKey = Fixtures.compile(before, KUBERNETES_CONFIG);
        Compilation withoutKey = Fixtures.compile(schema, KUBERNETES_CONFIG);

        assertThat(result.report().drifts())
                .extracting(Drift::definition, Drift::kind, Drift::subject)
                .containsExactly(tuple("compute_args.KubernetesCompute", Drift.Kind.KEY_REMOVED, "namespace"));
        assertThat(withKey).succeeded();
        assertThat(withKey).generatedSourceFile("fixture.config.AksComputeArgs");
        assertThat(withoutKey).failed();
        assertThat(withoutKey).hadErrorCount(1);
        assertThat(withoutKey).hadErrorContaining("[" + DiagnosticIds.UNKNOWN_KEY + "] 'namespace' is not a key of"
                        + " compute_args (KubernetesCompute)")
                .inFile(KUBERNETES_CONFIG)
                .onLineContaining("namespace()");
    }

    /** Returns the JSON pointer of every {@value #REVIEW} marker in {@code node}, in document order. */
    private static List<String> reviewMarkers(JsonNode node) {
        List<String> pointers = new ArrayList<>();
        collectReviewMarkers(node, "", pointers);
        return pointers;
    }

    private static void collectReviewMarkers(JsonNode node, String pointer, List<String> pointers) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (field.getKey().equals(REVIEW)) {
                pointers.add(child);
            } else {
                collectReviewMarkers(field.getValue(), child, pointers);
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectReviewMarkers(node.get(i), pointer + "/" + i, pointers);
        }
    }

    /** Deletes every {@value #REVIEW} marker, as a person does once they have reviewed what sync marked. */
    private static void deleteReviewMarkers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(REVIEW);
        }
        node.forEach(RegenerateFlowTest::deleteReviewMarkers);
    }
}
