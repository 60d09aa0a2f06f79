package io.amlargs.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders values for messages: quoted, shortened, and redacted when secret. */
public final class ValueText {

    /** The text that messages, {@code toString} and redacted maps show in place of a secret. */
    public static final String REDACTED = "<redacted>";

    private static final int MAX_LENGTH = 60;

    private ValueText() {
    }

    /** Returns {@code value} in single quotes, shortened to 60 characters. */
    public static String quote(Object value) {
        String text = String.valueOf(plain(value));
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH - 3) + "...";
        }
        return "'" + text + "'";
    }

    /** Returns {@link #REDACTED} when {@code secret}, else {@link #quote(Object)}. */
    public static String quote(Object value, boolean secret) {
        return secret ? REDACTED : quote(value);
    }

    /** Returns the allowed values as a comma-separated list of quoted values. */
    public static String quoteAll(List<?> values) {
        return values.stream().map(ValueText::quote).collect(Collectors.joining(", "));
    }

    /** Returns what kind of value {@code value} is, with its article: "a string", "a list". */
    public static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number number) {
            return TypedValues.isWhole(number) ? "an integer" : "a number";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static Object plain(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value;
    }
}
