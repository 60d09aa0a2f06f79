package io.amlargs.validation;

/**
 * Ids of the checks that every generated type makes. Rules and warnings of the schema use their
 * own ids, such as {@code MIN_NODES_LE_MAX_NODES}.
 */
public final class ViolationIds {

    /** A key that the dictionary does not document. */
    public static final String UNKNOWN_KEY = "UNKNOWN_KEY";

    /** A value of the wrong type, such as text where an integer belongs. */
    public static final String WRONG_TYPE = "WRONG_TYPE";

    /** A required key that is absent or null. */
    public static final String MISSING_KEY = "MISSING_KEY";

    /** A value outside the allowed values ({@code enum} or {@code const}). */
    public static final String NOT_ALLOWED = "NOT_ALLOWED";

    /** A list item or map value of the wrong type. */
    public static final String INVALID_ITEM = "INVALID_ITEM";

    /** A number below the {@code minimum} of its key. */
    public static final String BELOW_MINIMUM = "BELOW_MINIMUM";

    /** A string that does not match the {@code pattern} of its key. */
    public static final String PATTERN_MISMATCH = "PATTERN_MISMATCH";

    /** A list with fewer items than the {@code minItems} of its key. */
    public static final String TOO_FEW_ITEMS = "TOO_FEW_ITEMS";

    /** A string shorter than the {@code minLength} of its key. */
    public static final String TOO_SHORT = "TOO_SHORT";

    /** A list item that appears twice in a list whose items must be unique. */
    public static final String DUPLICATE_ITEM = "DUPLICATE_ITEM";

    /** A selector or discriminator value that names no variant or shape. */
    public static final String UNKNOWN_VARIANT = "UNKNOWN_VARIANT";

    /** A string that cannot be split into shell words, such as one with an unclosed quote. */
    public static final String INVALID_SHELL_WORDS = "INVALID_SHELL_WORDS";

    private ViolationIds() {
    }
}
