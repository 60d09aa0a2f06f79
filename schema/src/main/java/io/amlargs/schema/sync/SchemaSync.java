package io.amlargs.schema.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the facts of the args schema from the Azure ML argument reference page, and
 * regenerates the job-file schema beside it.
 *
 * <p>The page decides groups, variants, keys, their order, documented types, documented defaults
 * and allowed values; everything else in the schema is kept (see {@link KeyMerger}). For example:
 *
 * <pre>{@code
 * SyncResult result = new SchemaSync().sync(Path.of("parameters.md"), SchemaSync.DEFAULT_SCHEMA, true);
 * if (!result.inSync()) {
 *   System.err.print(result.format());
 * }
 * }</pre>
 */
public final class SchemaSync {

    /** The args schema of the repository, relative to its root. */
    public static final Path DEFAULT_SCHEMA = Path.of("schema", "src", "main", "resources", "io", "amlargs", "schema", "aml-args.schema.json");

    /** Exit code when the files agree with the page, or were rewritten to agree. */
    public static final int EXIT_OK = 0;

    /** Exit code when a check found differences. */
    public static final int EXIT_DRIFT = 1;

    /** Exit code when the command line is wrong or the page or the schema cannot be read. */
    public static final int EXIT_INVALID_INPUT = 2;

    private static final Logger LOG = LoggerFactory.getLogger(SchemaSync.class);

    private final DocsPageParser parser = new DocsPageParser();
    private final SchemaMerger merger = new SchemaMerger();

    /**
     * Merges the page into the schema file and regenerates {@value JobFileSchemaGenerator#FILE_NAME}
     * in the same folder. With {@code check}, writes nothing and only reports.
     *
     * @throws DocsPageException if the page has keys or sections that cannot be read
     * @throws SchemaSyncException if the page or the schema file cannot be read
     * @throws UncheckedIOException if writing a file fails; the file then keeps its old content
     */
    public SyncResult sync(Path page, Path schemaFile, boolean check) {
        DocsPage documented = parser.parse(page.toString(), read(page, "docs page"));
        String schemaText = read(schemaFile, "schema file");
        MergeResult merged = merger.merge(documented, parseSchema(schemaFile, schemaText));

        Map<Path, String> contents = new LinkedHashMap<>();
        contents.put(schemaFile, JsonFormat.write(merged.schema()));
        contents.put(schemaFile.resolveSibling(JobFileSchemaGenerator.FILE_NAME), JobFileSchemaGenerator.render(merged.schema()));

        List<Path> stale = new ArrayList<>();
        contents.forEach((file, content) -> {
            if (!content.equals(readIfExists(file))) {
                stale.add(file);
            }
        });
        if (!check) {
            stale.forEach(file -> write(file, contents.get(file)));
        }
        LOG.debug("synced {} with {}: {} differences, {} files out of date{}", schemaFile, page,
                merged.report().drifts().size(), stale.size(), check ? " (check only)" : "");
        return new SyncResult(merged.report(), stale, check);
    }

    private static String read(Path file, String fileRole) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SchemaSyncException(fileRole + " " + file + " not found; check the path", e);
        } catch (IOException e) {
            throw new SchemaSyncException("cannot read " + fileRole + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readIfExists(Path file) {
        return Files.exists(file) ? read(file, "file") : null;
    }

    private static ObjectNode parseSchema(Path file, String text) {
        JsonNode schema;
        try {
            schema = JsonFormat.read(text);
        } catch (JsonProcessingException e) {
            throw new SchemaSyncException("schema file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!schema.path("$defs").isObject()) {
            throw new SchemaSyncException("schema file " + file + " has no $defs object; pass the args schema, "
                    + DEFAULT_SCHEMA.getFileName());
        }
        return (ObjectNode) schema;
    }

    /** Writes through a temporary file in the same folder, so a failed write leaves the old file whole. */
    private static void write(Path file, String content) {
        Path temporary = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.debug("wrote {}", file);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warn("cannot delete temporary file {}: {}", temporary, e.getMessage());
        }
    }
}
