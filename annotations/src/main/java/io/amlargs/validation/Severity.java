package io.amlargs.validation;

/** How much a {@link Violation} matters. */
public enum Severity {
    /** The value is invalid: reading or building fails. */
    ERROR,

    /** The value is valid but known not to work as expected: nothing fails. */
    WARNING
}
