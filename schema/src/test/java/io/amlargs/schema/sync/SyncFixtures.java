package io.amlargs.schema.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the fixture files under {@code src/test/resources/sync}. */
final class SyncFixtures {

    /** The docs page of the repository, beside the clone in CI and in the workspace. */
    static final Path REAL_PAGE = Path.of("..", "..", "shared", "docs", "parameters.md");

    /** The committed args schema, from the schema module's folder. */
    static final Path COMMITTED_SCHEMA = Path.of("src", "main", "resources", "io", "amlargs", "schema", "aml-args.schema.json");

    private SyncFixtures() {}

    /** Returns a fixture's text. */
    static String text(String name) {
        try (InputStream in = SyncFixtures.class.getResourceAsStream("/sync/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("fixture not found: sync/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a fixture page. */
    static DocsPage page(String name) {
        return new DocsPageParser().parse(name, text(name));
    }

    /** Copies a fixture into {@code folder} and returns the copy's path. */
    static Path copy(String name, Path folder, String target) {
        try {
            return Files.writeString(folder.resolve(target), text(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
