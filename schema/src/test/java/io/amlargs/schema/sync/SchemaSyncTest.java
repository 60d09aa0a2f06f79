package io.amlargs.schema.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSyncTest {

    @TempDir
    Path folder;

    private final SchemaSync sync = new SchemaSync();

    @Test
    void checkInSyncExitsZero() throws IOException {
        Path page = SyncFixtures.copy("base.md", folder, "page.md");
        Path schema = SyncFixtures.copy("base.schema.json", folder, "args.schema.json");
        sync.sync(page, schema, false);

        SyncResult result = sync.sync(page, schema, true);

        assertThat(result.exitCode()).isEqualTo(SchemaSync.EXIT_OK);
        assertThat(result.inSync()).isTrue();
        assertThat(result.format()).isEqualTo("no drift: the schema states what the docs page states\n");
    }

    @Test
    void checkWithDriftExitsOneAndWritesNothing() throws IOException {
        Path page = SyncFixtures.copy("changed-keys.md", folder, "page.md");
        Path schema = SyncFixtures.copy("base.schema.json", folder, "args.schema.json");
        Path jobSchema = schema.resolveSibling(JobFileSchemaGenerator.FILE_NAME);

        SyncResult result = sync.sync(page, schema, true);

        assertThat(result.exitCode()).isEqualTo(SchemaSync.EXIT_DRIFT);
        assertThat(result.format())
                .startsWith("10 differences between the docs page and the schema:\n")
                .contains("  retyped 'min_nodes': int -> float\n")
                .contains(jobSchema + " is out of date; run 'aml-args schema sync' without --check to rewrite it\n");
        assertThat(Files.readString(schema)).isEqualTo(SyncFixtures.text("base.schema.json"));
        assertThat(jobSchema).doesNotExist();
    }

    @Test
    void syncWritesBothFiles() throws IOException {
        Path page = SyncFixtures.copy("changed-keys.md", folder, "page.md");
        Path schema = SyncFixtures.copy("base.schema.json", folder, "args.schema.json");
        Path jobSchema = schema.resolveSibling(JobFileSchemaGenerator.FILE_NAME);

        SyncResult result = sync.sync(page, schema, false);

        assertThat(result.exitCode()).isEqualTo(SchemaSync.EXIT_OK);
        assertThat(result.staleFiles()).containsExactly(schema, jobSchema);
        assertThat(result.format()).endsWith("wrote " + schema + "\nwrote " + jobSchema + "\n");
        assertThat(Files.readString(schema)).contains("\"spot_policy\"").endsWith("}\n");
        assertThat(Files.readString(jobSchema)).contains("\"spot_policy\"");
        assertThat(sync.sync(page, schema, true).exitCode()).isEqualTo(SchemaSync.EXIT_OK);
    }

    @Test
    void formattingDifferenceIsStale() throws IOException {
        Path page = SyncFixtures.copy("base.md", folder, "page.md");
        Path schema = SyncFixtures.copy("base.schema.json", folder, "args.schema.json");
        sync.sync(page, schema, false);
        Files.writeString(schema, Files.readString(schema).replace("\n", "\r\n"));

        SyncResult result = sync.sync(page, schema, true);

        assertThat(result.report().isEmpty()).isTrue();
        assertThat(result.staleFiles()).containsExactly(schema);
        assertThat(result.exitCode()).isEqualTo(SchemaSync.EXIT_DRIFT);
    }

    @Test
    void missingPageRejected() {
        Path schema = SyncFixtures.copy("base.schema.json", folder, "args.schema.json");
        Path page = folder.resolve("absent.md");

        assertThatThrownBy(() -> sync.sync(page, schema, true))
                .isInstanceOf(SchemaSyncException.class)
                .hasMessage("docs page " + page + " not found; check the path");
    }

    @Test
    void invalidPageChangesNothing() throws IOException {
        Path page = folder.resolve("page.md");
        Files.writeString(page, "# **theta_args dictionary keyworded arguments**\n\n`'broken'`\n");
        Path schema = SyncFixtures.copy("base.schema.json", folder, "args.schema.json");

        assertThatThrownBy(() -> sync.sync(page, schema, false))
                .isInstanceOf(DocsPageException.class)
                .hasMessageContaining("line 3: key 'broken' has no type");
        assertThat(Files.readString(schema)).isEqualTo(SyncFixtures.text("base.schema.json"));
        assertThat(schema.resolveSibling(JobFileSchemaGenerator.FILE_NAME)).doesNotExist();
    }

    @Test
    void schemaWithoutDefinitionsRejected() throws IOException {
        Path page = SyncFixtures.copy("base.md", folder, "page.md");
        Path schema = folder.resolve("other.json");
        Files.writeString(schema, "{\"type\": \"object\"}\n");

        assertThatThrownBy(() -> sync.sync(page, schema, true))
                .isInstanceOf(SchemaSyncException.class)
                .hasMessage("schema file " + schema + " has no $defs object; pass the args schema, aml-args.schema.json");
    }

    @Test
    void invalidJsonSchemaRejected() throws IOException {
        Path page = SyncFixtures.copy("base.md", folder, "page.md");
        Path schema = folder.resolve("broken.json");
        Files.writeString(schema, "{\"$defs\": ");

        assertThatThrownBy(() -> sync.sync(page, schema, true))
                .isInstanceOf(SchemaSyncException.class)
                .hasMessageStartingWith("schema file " + schema + " is not valid JSON: ");
    }

    @Test
    void realPageShowsNoDrift() throws IOException {
        assumeTrue(Files.isRegularFile(SyncFixtures.REAL_PAGE), "the docs page is not beside the repository");
        Path schema = Files.copy(SyncFixtures.COMMITTED_SCHEMA, folder.resolve("aml-args.schema.json"));
        Files.copy(SyncFixtures.COMMITTED_SCHEMA.resolveSibling(JobFileSchemaGenerator.FILE_NAME),
                folder.resolve(JobFileSchemaGenerator.FILE_NAME));

        SyncResult result = sync.sync(SyncFixtures.REAL_PAGE, schema, true);

        assertThat(result.format()).isEqualTo("no drift: the schema states what the docs page states\n");
        assertThat(result.exitCode()).isEqualTo(SchemaSync.EXIT_OK);
    }

    @Test
    void realPageSyncKeepsCommittedBytes() throws IOException {
        assumeTrue(Files.isRegularFile(SyncFixtures.REAL_PAGE), "the docs page is not beside the repository");
        Path schema = Files.copy(SyncFixtures.COMMITTED_SCHEMA, folder.resolve("aml-args.schema.json"));

        sync.sync(SyncFixtures.REAL_PAGE, schema, false);

        assertThat(Files.readAllBytes(schema)).isEqualTo(Files.readAllBytes(SyncFixtures.COMMITTED_SCHEMA));
    }
}
