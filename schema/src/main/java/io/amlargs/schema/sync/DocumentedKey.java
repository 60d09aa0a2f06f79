package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One key of an argument dictionary as the docs page states it.
 *
 * @param name the key, without quotes
 * @param type the documented type
 * @param documentedDefault the stated default, empty when the page states none; a JSON null
 *     stands for the page's {@code None}
 * @param allowedValues the values of a "Possible values are" list, in page order, otherwise empty
 * @param internal whether the page marks the key as internal use only
 * @param description the page's description, joined into one line
 * @param line the 1-based line of the key on the page
 */
record DocumentedKey(
        String name,
        DocumentedType type,
        Optional<JsonNode> documentedDefault,
        List<JsonNode> allowedValues,
        boolean internal,
        String description,
        int line) {

    DocumentedKey {
        allowedValues = List.copyOf(allowedValues);
    }
}
