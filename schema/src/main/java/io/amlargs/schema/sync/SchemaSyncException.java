package io.amlargs.schema.sync;

/** Thrown when the docs page or the schema file cannot be read, so no sync can start. */
public class SchemaSyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message that names the file and the fix. */
    public SchemaSyncException(String message) {
        super(message);
    }

    /** Creates an exception with a message that names the file, and the failure behind it. */
    public SchemaSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
