package io.amlargs.validation;

/** Builds the paths that violations report, such as {@code config_args.arguments[7]}. */
public final class ArgPaths {

    private ArgPaths() {
    }

    /** Returns the path of {@code key} inside the object at {@code parent}. */
    public static String key(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Returns the path of the item at {@code index} of the list at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
