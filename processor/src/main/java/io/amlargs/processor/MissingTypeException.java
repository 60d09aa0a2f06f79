package io.amlargs.processor;

/**
 * Thrown by a handler when an element needs a type that does not exist yet but that a later
 * round may generate, such as the canonical args of a {@code @GenerateArgs} package compiled in
 * the same build. {@link ArgsProcessor} hands the element to the handler again next round.
 */
final class MissingTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for the missing type {@code typeName}. */
    MissingTypeException(String typeName) {
        super(typeName, null, false, false);
    }

    /** Returns the canonical name of the missing type, as far as it is known. */
    String typeName() {
        return getMessage();
    }
}
