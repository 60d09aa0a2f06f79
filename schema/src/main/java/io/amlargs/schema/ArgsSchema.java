package io.amlargs.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Locates and reads the aml-args JSON Schema that ships in this jar.
 *
 * <p>The schema describes every documented Azure ML argument key; its format is described in
 * {@code docs/schema-format.md} of the repository.
 */
public final class ArgsSchema {

    /** Classpath resource name of the schema. */
    public static final String RESOURCE = "io/amlargs/schema/aml-args.schema.json";

    private ArgsSchema() {}

    /**
     * Reads the bundled schema.
     *
     * @throws UncheckedIOException if the resource is missing from the classpath or is not valid JSON
     */
    public static ObjectNode load() {
        try (InputStream in = ArgsSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("schema resource not found on the classpath: " + RESOURCE));
            }
            return (ObjectNode) new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + RESOURCE, e);
        }
    }
}
