package io.amlargs.processor.schema;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Loads schemas and keeps each one for the rest of the compilation, so later rounds and other
 * annotated packages read it once.
 */
public final class SchemaLoader {

    private final Filer filer;
    private final Map<String, LoadedSchema> loaded = new HashMap<>();

    public SchemaLoader(Filer filer) {
        this.filer = filer;
    }

    /**
     * Returns the schema at {@code file}, an absolute path, when it is not null; else the
     * classpath resource {@code resource}, looked up on the processor path and then on the
     * compile class path.
     */
    public LoadedSchema load(String file, String resource) {
        String location = file != null ? file : resource;
        return loaded.computeIfAbsent(location, key -> file != null ? fromFile(file) : fromResource(resource));
    }

    private LoadedSchema fromFile(String file) {
        try (InputStream input = Files.newInputStream(Path.of(file))) {
            return parse(file, input);
        } catch (NoSuchFileException e) {
            return failed(file, DiagnosticIds.SCHEMA_NOT_FOUND,
                    "the schema file does not exist; fix the path in -Aamlargs.schema");
        } catch (IOException e) {
            return failed(file, DiagnosticIds.SCHEMA_UNREADABLE, "the schema file cannot be read: " + e.getMessage());
        }
    }

    private LoadedSchema fromResource(String resource) {
        try (InputStream input = openResource(resource)) {
            if (input == null) {
                return failed(resource, DiagnosticIds.SCHEMA_NOT_FOUND, "the schema is not on the processor path"
                        + " or class path; add the aml-args-schema jar, or set -Aamlargs.schema=/path/to/schema.json");
            }
            return parse(resource, input);
        } catch (IOException e) {
            return failed(resource, DiagnosticIds.SCHEMA_UNREADABLE, "the schema cannot be read: " + e.getMessage());
        }
    }

    private InputStream openResource(String resource) {
        InputStream input = SchemaLoader.class.getClassLoader().getResourceAsStream(resource);
        if (input != null) {
            return input;
        }
        try {
            FileObject file = filer.getResource(StandardLocation.CLASS_PATH, "", resource);
            return file.openInputStream();
        } catch (IOException | IllegalArgumentException notOnClassPath) {
            return null;
        }
    }

    private static LoadedSchema parse(String name, InputStream input) throws IOException {
        Problems problems = new Problems();
        try {
            JsonNode root = new ObjectMapper().readTree(input);
            SchemaModel model = SchemaReader.read(root, problems);
            return new LoadedSchema(name, model, problems.all(), problems.notices());
        } catch (JacksonException e) {
            problems.add(DiagnosticIds.SCHEMA_UNREADABLE, "", "the schema is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
            return new LoadedSchema(name, new SchemaModel(java.util.List.of()), problems.all(), problems.notices());
        }
    }

    private static LoadedSchema failed(String name, String id, String message) {
        Problems problems = new Problems();
        problems.add(id, "", message);
        return new LoadedSchema(name, new SchemaModel(java.util.List.of()), problems.all(), problems.notices());
    }
}
