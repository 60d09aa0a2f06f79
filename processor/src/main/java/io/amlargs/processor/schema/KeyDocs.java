package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The facts about a key that its generated Javadoc states beyond its type.
 *
 * @param description the schema's description, or empty
 * @param documentedType the type as the docs page writes it, or null
 * @param documentedDefault the default the docs page states, or null when it states none; a JSON
 *     null node stands for the page's {@code None}
 * @param defaultTemplate a default computed at run time, or null
 * @param internal whether the key is documented as internal use only
 * @param ignored whether the key is accepted and ignored
 * @param localPath {@code "file"} or {@code "directory"} for local paths, else null
 */
public record KeyDocs(
        String description,
        String documentedType,
        JsonNode documentedDefault,
        String defaultTemplate,
        boolean internal,
        boolean ignored,
        String localPath) {
}
