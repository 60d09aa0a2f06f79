package io.amlargs.validation;

import java.util.List;

/**
 * Violations for a selector or discriminator value that names no variant, such as an unknown
 * {@code compute_type} or {@code auth.type}, and for an unknown argument dictionary.
 */
public final class Selectors {

    private Selectors() {
    }

    /**
     * Returns the violation for a {@code selector} value that names none of {@code variants}.
     *
     * @param path the path of the dictionary, such as {@code compute_args}
     * @param selector the workflow parameter, such as {@code compute_type}
     * @param value the given value, or null when the selector is not set
     */
    public static Violation unknownVariant(String path, String selector, String value, List<String> variants) {
        String choices = "; use one of " + ValueText.quoteAll(variants);
        if (value == null) {
            return Violation.error(ViolationIds.MISSING_KEY, path,
                    selector + " is not set, so the shape of " + path + " is unknown" + choices);
        }
        String message = ValueText.quote(value) + " is not a " + selector + choices + KeySuggester.hint(value, variants);
        return Violation.error(ViolationIds.UNKNOWN_VARIANT, path, message);
    }

    /**
     * Returns the violation for a discriminator value that names none of {@code shapes}.
     *
     * @param path the path of the object, such as {@code workspace_args.auth}
     * @param discriminator the key inside the object that names the shape, such as {@code type}
     * @param value the value of that key, or null when it is absent
     * @param owner the documented name of the object for messages, such as {@code auth}
     */
    public static Violation unknownShape(String path, String discriminator, Object value, List<String> shapes, String owner) {
        String keyPath = ArgPaths.key(path, discriminator);
        String choices = "; use one of " + ValueText.quoteAll(shapes);
        if (value == null) {
            return Violation.error(ViolationIds.MISSING_KEY, keyPath,
                    "'" + discriminator + "' is required to choose the shape of " + owner + choices);
        }
        if (!(value instanceof String name)) {
            return Violation.error(ViolationIds.WRONG_TYPE, keyPath,
                    "expected a string but got " + ValueText.kind(value) + " " + ValueText.quote(value) + choices);
        }
        String message = ValueText.quote(name) + " is not a shape of " + owner + choices + KeySuggester.hint(name, shapes);
        return Violation.error(ViolationIds.UNKNOWN_VARIANT, keyPath, message);
    }

    /** Returns the violation for a dictionary name that is none of {@code groups}. */
    public static Violation unknownGroup(String group, List<String> groups) {
        String message = ValueText.quote(group) + " is not an argument dictionary; use one of "
                + ValueText.quoteAll(groups) + KeySuggester.hint(group, groups);
        return Violation.error(ViolationIds.UNKNOWN_KEY, group, message);
    }
}
