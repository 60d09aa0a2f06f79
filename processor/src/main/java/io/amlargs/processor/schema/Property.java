package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.validation.StringForm;
import java.util.List;

/**
 * One key of a record definition.
 *
 * @param name the documented name, such as {@code _cloud}
 * @param pointer the JSON pointer of the key in the schema
 * @param javaName the record component and setter name, such as {@code cloud}
 * @param type the Java type
 * @param required whether the key must be set
 * @param secret whether the value is never shown
 * @param deprecated whether the key is marked {@code deprecated}
 * @param scalarItems whether list items or map values that are numbers or booleans are accepted
 *     and converted to text
 * @param stringForm how a string in place of a list is read
 * @param defaultValue the {@code default}, or null when there is none
 * @param prependDefault whether the default list is put before the user's list
 * @param constraints the checks of the value
 * @param warnings the warnings of the value
 * @param docs what the Javadoc says about the key
 */
public record Property(
        String name,
        String pointer,
        String javaName,
        JavaType type,
        boolean required,
        boolean secret,
        boolean deprecated,
        boolean scalarItems,
        StringForm stringForm,
        JsonNode defaultValue,
        boolean prependDefault,
        Constraints constraints,
        List<KeyWarning> warnings,
        KeyDocs docs) {

    public Property {
        warnings = List.copyOf(warnings);
    }

    /** Returns whether the builder applies a default when the key is unset. */
    public boolean hasDefault() {
        return defaultValue != null;
    }
}
