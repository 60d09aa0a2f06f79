package io.amlargs.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of single values that generated validators call: allowed values, minimum, unique items
 * and warning conditions. Each check ignores a null value, because absent keys are checked for
 * presence elsewhere.
 */
public final class ValueChecks {

    private ValueChecks() {
    }

    /** Reports {@code value} unless it is one of {@code allowed} ({@code enum}). */
    public static void oneOf(List<Violation> out, String path, Object value, List<?> allowed, boolean secret) {
        if (value == null || allowed.contains(value)) {
            return;
        }
        String hint = "";
        if (!secret && value instanceof String text) {
            hint = KeySuggester.hint(text, allowed.stream().map(String::valueOf).toList());
        }
        String message = ValueText.quote(value, secret) + " is not allowed; use one of "
                + ValueText.quoteAll(allowed) + hint;
        out.add(Violation.error(ViolationIds.NOT_ALLOWED, path, message));
    }

    /** Reports {@code value} unless it equals {@code expected} ({@code const}). */
    public static void constant(List<Violation> out, String path, Object value, Object expected, boolean secret) {
        if (value == null || Objects.equals(value, expected)) {
            return;
        }
        String message = ValueText.quote(value, secret) + " is not allowed; the only allowed value is "
                + ValueText.quote(expected);
        out.add(Violation.error(ViolationIds.NOT_ALLOWED, path, message));
    }

    /** Reports each item of {@code items} that is not one of {@code allowed}, at its index. */
    public static void itemsOneOf(List<Violation> out, String path, List<?> items, List<?> allowed) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            oneOf(out, ArgPaths.index(path, i), items.get(i), allowed, false);
        }
    }

    /** Reports {@code value} if it is below {@code minimum}. */
    public static void minimum(List<Violation> out, String path, Number value, double minimum, boolean secret) {
        if (value == null || value.doubleValue() >= minimum) {
            return;
        }
        String bound = ValueText.quote(TypedValues.isWhole(minimum) ? (Object) (long) minimum : minimum);
        String message = ValueText.quote(value, secret) + " is below the minimum " + bound
                + "; use " + bound + " or more";
        out.add(Violation.error(ViolationIds.BELOW_MINIMUM, path, message));
    }

    /** Reports each item of {@code items} that equals an earlier item, at its index. */
    public static void uniqueItems(List<Violation> out, String path, List<?> items, boolean secret) {
        if (items == null) {
            return;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                String message = ValueText.quote(items.get(i), secret)
                        + " appears more than once, but the items must be unique; remove the duplicate";
                out.add(Violation.error(ViolationIds.DUPLICATE_ITEM, ArgPaths.index(path, i), message));
            }
        }
    }

    /** Reports {@code value} unless {@code pattern} matches somewhere in it, as JSON Schema does. */
    public static void pattern(List<Violation> out, String path, String value, Pattern pattern, boolean secret) {
        if (value == null || pattern.matcher(value).find()) {
            return;
        }
        String message = ValueText.quote(value, secret) + " does not match the pattern '" + pattern.pattern()
                + "'; change it to match";
        out.add(Violation.error(ViolationIds.PATTERN_MISMATCH, path, message));
    }

    /** Reports {@code items} if it has fewer than {@code minimum} items. */
    public static void minItems(List<Violation> out, String path, List<?> items, int minimum) {
        if (items == null || items.size() >= minimum) {
            return;
        }
        String message = "the list has " + items.size() + " item" + (items.size() == 1 ? "" : "s")
                + ", but needs at least " + minimum + "; add items or remove the key";
        out.add(Violation.error(ViolationIds.TOO_FEW_ITEMS, path, message));
    }

    /** Reports {@code value} if it is shorter than {@code minimum} characters. */
    public static void minLength(List<Violation> out, String path, String value, int minimum, boolean secret) {
        if (value == null || value.length() >= minimum) {
            return;
        }
        String message = ValueText.quote(value, secret) + " is shorter than " + minimum + " character"
                + (minimum == 1 ? "" : "s") + "; give a longer value or remove the key";
        out.add(Violation.error(ViolationIds.TOO_SHORT, path, message));
    }

    /** Returns whether the text of {@code value} contains a match of {@code pattern}. */
    public static boolean matches(Object value, Pattern pattern) {
        return value != null && pattern.matcher(String.valueOf(value)).find();
    }

    /**
     * Adds a warning of the schema: {@code 'value': message; fix}.
     *
     * @param message what is wrong with the value, from the schema
     * @param fix what to change, from the schema
     */
    public static void warn(
            List<Violation> out, String id, String path, Object value, boolean secret, String message, String fix) {
        out.add(Violation.warning(id, path, ValueText.quote(value, secret) + ": " + message + "; " + fix));
    }
}
