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

    /** {@code @ArgsConfig} is on a class, enum, record or annotation type instead of an interface. */
    public static final String NOT_AN_INTERFACE = "NOT_AN_INTERFACE";

    /** An {@code @ArgsConfig} interface that is private or generic, so no generated class can take it. */
    public static final String UNSUPPORTED_INTERFACE = "UNSUPPORTED_INTERFACE";

    /** An {@code @ArgsConfig} group that is not an argument dictionary of the schema. */
    public static final String UNKNOWN_GROUP = "UNKNOWN_GROUP";

    /** An {@code @ArgsConfig} variant that the group does not have. */
    public static final String UNKNOWN_VARIANT = "UNKNOWN_VARIANT";

    /** An {@code @ArgsConfig} without a variant for a group that has variants. */
    public static final String MISSING_VARIANT = "MISSING_VARIANT";

    /** A method of an {@code @ArgsConfig} interface that maps to no documented key. */
    public static final String UNKNOWN_KEY = "UNKNOWN_KEY";

    /** A method whose return type cannot be assigned to the Java type of its key. */
    public static final String KEY_TYPE_MISMATCH = "KEY_TYPE_MISMATCH";

    /** Two methods of one {@code @ArgsConfig} interface that map to the same key. */
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";

    /** An abstract method of an {@code @ArgsConfig} interface that takes parameters. */
    public static final String METHOD_HAS_PARAMETERS = "METHOD_HAS_PARAMETERS";

    /** An abstract method of an {@code @ArgsConfig} interface that declares type parameters. */
    public static final String GENERIC_METHOD = "GENERIC_METHOD";

    /** An abstract method of an {@code @ArgsConfig} interface that declares a checked exception. */
    public static final String CHECKED_EXCEPTION = "CHECKED_EXCEPTION";

    /** A required key without default that no method of an {@code @ArgsConfig} interface maps to. */
    public static final String MISSING_REQUIRED_KEY = "MISSING_REQUIRED_KEY";

    /** A warning: a method maps to a deprecated key, which the service ignores. */
    public static final String DEPRECATED_KEY = "DEPRECATED_KEY";

    /** The canonical record of an {@code @ArgsConfig} dictionary is not on the class path. */
    public static final String ARGS_NOT_FOUND = "ARGS_NOT_FOUND";

    private DiagnosticIds() {
    }
}
