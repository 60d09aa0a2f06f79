package io.amlargs.processor.schema;

import io.amlargs.processor.diagnostics.SchemaProblem;
import java.util.List;

/**
 * A schema read from a file or resource.
 *
 * @param name the file path or resource name, for messages
 * @param model the definitions that could be read
 * @param problems every problem found; code is generated only when there is none
 * @param notices findings reported as warnings, such as keys marked for review
 */
public record LoadedSchema(String name, SchemaModel model, List<SchemaProblem> problems, List<SchemaProblem> notices) {

    public LoadedSchema {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }
}
