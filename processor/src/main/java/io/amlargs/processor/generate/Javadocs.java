package io.amlargs.processor.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.schema.Constraints;
import io.amlargs.processor.schema.KeyDocs;
import io.amlargs.processor.schema.KeyWarning;
import io.amlargs.processor.schema.Property;
import io.amlargs.validation.StringForm;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes Javadoc text from the schema: descriptions, defaults, allowed values and notes. */
final class Javadocs {

    private Javadocs() {
    }

    /** Returns the description of a key followed by every note about it, as one paragraph. */
    static String key(Property property) {
        List<String> parts = new ArrayList<>();
        parts.add("{@code " + code(property.name()) + "}" + (property.required() ? " (required)" : "") + ":");
        if (!property.docs().description().isEmpty()) {
            parts.add(sentence(escape(property.docs().description())));
        }
        parts.addAll(defaultNotes(property));
        parts.addAll(constraintNotes(property.constraints()));
        parts.addAll(behaviourNotes(property));
        for (KeyWarning warning : property.warnings()) {
            parts.add("Warns with {@code " + warning.id() + "} " + condition(warning) + ": " + sentence(escape(warning.message())));
        }
        return String.join(" ", parts);
    }

    /** Returns {@code text} as Javadoc-safe HTML: markup characters and comment ends escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\\u", "&#92;u");
    }

    /** Returns {@code text} for use inside {@code {@code ...}}. */
    static String code(String text) {
        return text.replace("*/", "*&#47;").replace("\\u", "&#92;u").replace("@", "&#64;");
    }

    private static List<String> defaultNotes(Property property) {
        List<String> notes = new ArrayList<>();
        KeyDocs docs = property.docs();
        if (property.hasDefault()) {
            String merge = property.prependDefault() ? ", always put before the given items, without duplicates" : "";
            notes.add("Default: {@code " + code(property.defaultValue().toString()) + "}" + merge + ".");
        }
        if (docs.documentedDefault() != null) {
            JsonNode documented = docs.documentedDefault();
            String text = documented.isNull() ? "None" : documented.isTextual() ? documented.asText() : documented.toString();
            notes.add("The docs page states the default {@code " + code(text) + "}.");
        }
        if (docs.defaultTemplate() != null) {
            notes.add("When unset, the run uses {@code " + code(docs.defaultTemplate()) + "}.");
        }
        return notes;
    }

    private static List<String> constraintNotes(Constraints constraints) {
        List<String> notes = new ArrayList<>();
        if (!constraints.allowed().isEmpty()) {
            notes.add("Allowed values: " + values(constraints.allowed()) + ".");
        }
        if (constraints.constant() != null) {
            notes.add("Must be {@code " + code(constraints.constant().toString()) + "}.");
        }
        if (constraints.minimum() != null) {
            notes.add("Minimum: " + number(constraints.minimum()) + ".");
        }
        if (constraints.uniqueItems()) {
            notes.add("Items must be unique.");
        }
        if (constraints.pattern() != null) {
            notes.add("Must match {@code " + code(constraints.pattern()) + "}.");
        }
        if (!constraints.itemAllowed().isEmpty()) {
            notes.add("Allowed items: " + values(constraints.itemAllowed()) + ".");
        }
        return notes;
    }

    private static List<String> behaviourNotes(Property property) {
        List<String> notes = new ArrayList<>();
        KeyDocs docs = property.docs();
        if (property.stringForm() == StringForm.SHELL_WORDS) {
            notes.add("A string in place of the list is split into words as a POSIX shell would.");
        }
        if (property.stringForm() == StringForm.SHELL_COMMAND) {
            notes.add("A string in place of the list runs through {@code /bin/sh -c}.");
        }
        if (property.scalarItems()) {
            notes.add("Numbers and booleans are converted to text.");
        }
        if (docs.localPath() != null) {
            notes.add("A local " + docs.localPath() + " that must exist when the job is validated.");
        }
        if (docs.internal()) {
            notes.add("Documented as internal use only.");
        }
        if (docs.ignored()) {
            notes.add("Accepted and ignored.");
        }
        if (property.secret()) {
            notes.add("Secret: {@code toString}, {@code toRedactedMap} and messages show {@code <redacted>}.");
        }
        return notes;
    }

    private static String condition(KeyWarning warning) {
        return switch (warning.condition()) {
            case ANY -> "whenever it is set";
            case CONST -> "for " + values(warning.values());
            case ENUM -> "for any of " + values(warning.values());
            case PATTERN -> "for values matching {@code " + code(warning.pattern()) + "}";
        };
    }

    private static String values(List<JsonNode> values) {
        return values.stream().map(value -> "{@code " + code(value.isTextual() ? value.asText() : value.toString()) + "}")
                .collect(Collectors.joining(", "));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String sentence(String text) {
        String trimmed = text.trim();
        return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith(")") ? trimmed : trimmed + ".";
    }
}
