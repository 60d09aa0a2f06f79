package io.amlargs.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the aml-args processor to generate every definition of the aml-args schema into the
 * annotated package: one record, builder and validator per argument dictionary, sealed
 * interfaces for dictionaries with several shapes, and an {@code ArgsCatalog}.
 *
 * <p>Put it on a {@code package-info.java}:
 *
 * <pre>{@code
 * @GenerateArgs
 * package com.example.args;
 *
 * import io.amlargs.annotations.GenerateArgs;
 * }</pre>
 *
 * <p>The processor option {@code -Aamlargs.schema=/absolute/path.json} overrides {@link #schema()}.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.SOURCE)
public @interface GenerateArgs {

    /** Classpath resource name of the schema that the processor reads by default. */
    String DEFAULT_SCHEMA = "io/amlargs/schema/aml-args.schema.json";

    /**
     * Classpath resource name of the schema, looked up on the processor path and then on the
     * compile class path.
     */
    String schema() default DEFAULT_SCHEMA;
}
