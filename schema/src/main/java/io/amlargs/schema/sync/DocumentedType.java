package io.amlargs.schema.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key's type as the docs page writes it, such as {@code str}, {@code list[str]} or
 * {@code list or str}, with its parsed shape.
 *
 * @param text the normalised spelling, compared with the schema's {@code x-aml-documented-type}
 * @param kind the shape the spelling stands for
 * @param items for {@link Kind#ARRAY}, the item type, or null when the page leaves it open
 * @param alternatives for the union kinds, the alternatives in page order, otherwise empty
 */
record DocumentedType(String text, Kind kind, DocumentedType items, List<DocumentedType> alternatives) {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+or\\s+");
    private static final Pattern LIST_OF = Pattern.compile("^(?:list)?\\[(.+)]$");

    /** The shapes a documented type can take. */
    enum Kind {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        OBJECT,
        ARRAY,
        /** {@code list or str}: a list, or one string that stands for a list. */
        LIST_OR_STRING,
        /** A class of the Python SDK, such as {@code DataPath}. */
        CLASS,
        /** Several SDK classes, such as {@code TensorflowConfiguration or MpiConfiguration}. */
        CLASS_UNION,
        /** Any other union, such as {@code int or str}. */
        UNION
    }

    DocumentedType {
        alternatives = List.copyOf(alternatives);
    }

    /**
     * Parses a normalised type spelling.
     *
     * @throws IllegalArgumentException if {@code text} is blank
     */
    static DocumentedType parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("type is empty");
        }

        String[] parts = SEPARATOR.split(trimmed);
        if (parts.length == 1) {
            return single(trimmed);
        }

        List<DocumentedType> alternatives = new ArrayList<>();
        for (String part : parts) {
            alternatives.add(single(part));
        }
        return new DocumentedType(trimmed, unionKind(alternatives), null, alternatives);
    }

    /** Returns whether this is the name of one or more SDK classes rather than a plain type. */
    boolean isClass() {
        return kind == Kind.CLASS || kind == Kind.CLASS_UNION;
    }

    /** Returns the class names of a {@link Kind#CLASS} or {@link Kind#CLASS_UNION} type. */
    List<String> classNames() {
        if (kind == Kind.CLASS) {
            return List.of(text);
        }
        return alternatives.stream().map(DocumentedType::text).toList();
    }

    private static DocumentedType single(String text) {
        Matcher listOf = LIST_OF.matcher(text);
        if (listOf.matches()) {
            return new DocumentedType(text, Kind.ARRAY, single(listOf.group(1).strip()), List.of());
        }
        return new DocumentedType(text, plainKind(text), null, List.of());
    }

    private static Kind plainKind(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "str", "string" -> Kind.STRING;
            case "int", "integer" -> Kind.INTEGER;
            case "float", "double" -> Kind.NUMBER;
            case "bool", "boolean" -> Kind.BOOLEAN;
            case "dict" -> Kind.OBJECT;
            case "list" -> Kind.ARRAY;
            default -> Kind.CLASS;
        };
    }

    private static Kind unionKind(List<DocumentedType> alternatives) {
        List<Kind> kinds = alternatives.stream().map(DocumentedType::kind).toList();
        boolean listAndString = kinds.size() == 2
                && kinds.contains(Kind.ARRAY)
                && kinds.contains(Kind.STRING);
        if (listAndString) {
            return Kind.LIST_OR_STRING;
        }
        if (kinds.stream().allMatch(kind -> kind == Kind.CLASS)) {
            return Kind.CLASS_UNION;
        }
        return Kind.UNION;
    }
}
