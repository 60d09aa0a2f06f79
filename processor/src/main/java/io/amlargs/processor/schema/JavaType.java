package io.amlargs.processor.schema;

import java.util.Optional;

/**
 * The Java type of a key, parsed from {@code x-aml-java-type}.
 *
 * @param kind which of the supported types it is
 * @param definitionName for {@link Kind#DEFINITION} and {@link Kind#DEFINITION_LIST}, the
 *     {@code $defs} name of the definition that the key's {@code $ref} names, else null
 * @param javaName for definitions, the simple Java name as {@code x-aml-java-type} spells it,
 *     else null
 */
public record JavaType(Kind kind, String definitionName, String javaName) {

    /** The supported Java types. */
    public enum Kind {
        STRING("String"),
        INTEGER("Integer"),
        DOUBLE("Double"),
        BOOLEAN("Boolean"),
        STRING_LIST("List<String>"),
        STRING_MAP("Map<String, String>"),
        OBJECT_MAP("Map<String, Object>"),
        DEFINITION(null),
        DEFINITION_LIST(null);

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        /** Returns how {@code x-aml-java-type} spells this type, or null for definitions. */
        public String spelling() {
            return spelling;
        }
    }

    /** Returns the fixed type that {@code spelling} names, ignoring blanks. */
    public static Optional<JavaType> fixed(String spelling) {
        String compact = spelling.replace(" ", "");
        for (Kind kind : Kind.values()) {
            if (kind.spelling != null && kind.spelling.replace(" ", "").equals(compact)) {
                return Optional.of(new JavaType(kind, null, null));
            }
        }
        return Optional.empty();
    }

    /** Returns whether values of this type are records or sealed interfaces of the schema. */
    public boolean isDefinition() {
        return kind == Kind.DEFINITION || kind == Kind.DEFINITION_LIST;
    }

    /** Returns whether values of this type are numbers. */
    public boolean isNumber() {
        return kind == Kind.INTEGER || kind == Kind.DOUBLE;
    }

    /** Returns whether values of this type are lists. */
    public boolean isList() {
        return kind == Kind.STRING_LIST || kind == Kind.DEFINITION_LIST;
    }

    /** Returns whether values of this type are maps. */
    public boolean isMap() {
        return kind == Kind.STRING_MAP || kind == Kind.OBJECT_MAP;
    }
}
