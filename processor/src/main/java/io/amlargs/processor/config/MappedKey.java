package io.amlargs.processor.config;

import io.amlargs.processor.schema.Property;
import javax.lang.model.element.ExecutableElement;

/**
 * A method of an {@code @ArgsConfig} interface and the key it maps to.
 *
 * @param method the abstract method, which takes no parameters
 * @param property the key whose builder setter gets the method's value
 */
public record MappedKey(ExecutableElement method, Property property) {
}
