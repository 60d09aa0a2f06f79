package io.amlargs.processor.diagnostics;

/** Stable ids that start every message of the processor; tests match on them. */
public final class DiagnosticIds {

    /** The schema file or classpath resource does not exist. */
    public static final String SCHEMA_NOT_FOUND = "SCHEMA_NOT_FOUND";

    /** The schema could not be read or is not valid JSON. */
    public static final String SCHEMA_UNREADABLE = "SCHEMA_UNREADABLE";

    /** A keyword that the format requires is absent or has the wrong JSON type. */
    public static final String MISSING_KEYWORD = "MISSING_KEYWORD";

    /** A warning: schema sync marked a key, definition or rule for review by a person. */
    public static final String REVIEW_PENDING = "REVIEW_PENDING";

    /** A keyword that the processor does not know, so it would silently not be checked. */
    public static final String UNSUPPORTED_KEYWORD = "UNSUPPORTED_KEYWORD";

    /** An {@code x-aml-kind} that is not one of the five kinds. */
    public static final String UNKNOWN_KIND = "UNKNOWN_KIND";

    /** An {@code x-aml-java-type} that is not supported or does not match the key's {@code $ref}. */
    public static final String BAD_JAVA_TYPE = "BAD_JAVA_TYPE";

    /** A {@code $ref} that names no definition, or a definition of the wrong kind. */
    public static final String UNRESOLVED_REF = "UNRESOLVED_REF";

    /** A rule whose {@code kind} is not one of the rule kinds. */
    public static final String UNKNOWN_RULE_KIND = "UNKNOWN_RULE_KIND";

    /** A rule with missing or wrong operands, such as a key that the definition does not have. */
    public static final String BAD_RULE = "BAD_RULE";

    /** A warning whose {@code when} is not one of the supported conditions. */
    public static final String BAD_WARNING = "BAD_WARNING";

    /** A {@code default}, {@code enum}, {@code const} or {@code pattern} that does not fit the key. */
    public static final String BAD_VALUE = "BAD_VALUE";

    /** Two keys or definitions that map to the same Java name. */
    public static final String NAME_CLASH = "NAME_CLASH";

    /** A generated file could not be written. */
    public static final String WRITE_FAILED = "WRITE_FAILED";

    /** An unexpected exception inside the processor, which is a bug of the processor. */
    public static final String PROCESSOR_ERROR = "PROCESSOR_ERROR";

    private DiagnosticIds() {
    }
}
