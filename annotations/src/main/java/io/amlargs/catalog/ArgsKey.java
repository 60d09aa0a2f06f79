package io.amlargs.catalog;

import java.util.Objects;

/**
 * One documented key of an argument dictionary, as the generated {@code ArgsCatalog} lists it.
 *
 * @param name the documented name, such as {@code vm_size} or {@code _cloud}
 * @param javaName the name of the record component and builder setter, such as {@code vmSize}
 * @param required whether the key must be set
 * @param secret whether the value is never shown ({@code x-aml-secret})
 * @param internal whether the key is documented as internal use only
 * @param ignored whether the key is accepted and ignored
 * @param localPath {@code "file"} or {@code "directory"} when the value is a local path that
 *     must exist, else null
 */
public record ArgsKey(
        String name, String javaName, boolean required, boolean secret, boolean internal, boolean ignored,
        String localPath) {

    public ArgsKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
    }
}
