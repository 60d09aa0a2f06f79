package io.amlargs.validation;

/** Writes the fix at the end of a {@code WRONG_TYPE} message, from the value given and the type expected. */
final class WrongTypeFix {

    private WrongTypeFix() {
    }

    /**
     * Returns what to change so that {@code raw} reads as {@code expected}.
     *
     * @param key the documented key, shown in the example of a quoted value
     * @param raw the value the reader received, which may differ from the text in the file: a
     *     parser that reads decimals as doubles turns an unquoted {@code 3.10} into 3.1
     * @param expected the expected type as the message names it, such as {@code a string}
     * @param secret whether the value must not appear in the fix
     */
    static String of(String key, Object raw, String expected, boolean secret) {
        boolean wantsText = expected.startsWith("a string");
        if (wantsText && (raw instanceof Number || raw instanceof Boolean)) {
            return quoteFix(key, raw, secret);
        }
        if (raw instanceof String text && looksLike(text, expected)) {
            return "write the value without quotes";
        }
        return "change it to " + expected;
    }

    private static String quoteFix(String key, Object raw, boolean secret) {
        if (secret) {
            return "write the value in quotes";
        }
        String fix = "write the value in quotes, for example " + key + ": \"" + TypedValues.toText(raw) + "\"";
        boolean binary = raw instanceof Double || raw instanceof Float;
        if (binary && !TypedValues.isWhole((Number) raw)) {
            // A double has no trailing zeros, so the example alone could turn 3.10 into "3.1".
            fix += " (an unquoted 3.10 reads as the number 3.1)";
        }
        return fix;
    }

    private static boolean looksLike(String text, String expected) {
        if (expected.startsWith("a boolean")) {
            return text.equals("true") || text.equals("false");
        }
        if (expected.equals("an integer") || expected.equals("a number")) {
            try {
                Double.parseDouble(text.trim());
                return true;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return false;
    }
}
