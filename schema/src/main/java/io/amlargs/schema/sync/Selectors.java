package io.amlargs.schema.sync;

/** Derives the names that a group's dictionary name fixes. */
final class Selectors {

    private static final String GROUP_SUFFIX = "_args";

    private Selectors() {}

    /**
     * Returns the workflow parameter that selects a variant of a group: {@code compute_args} is
     * selected by {@code compute_type}.
     */
    static String of(String group) {
        return stem(group) + "_type";
    }

    /** Returns the Java name of a group's type: {@code compute_args} becomes {@code ComputeArgs}. */
    static String groupJavaName(String group) {
        return pascalCase(stem(group)) + "Args";
    }

    /** Returns the Java name of a variant's record: {@code AmlComputeCluster} becomes {@code AmlComputeClusterArgs}. */
    static String variantJavaName(String variant) {
        return pascalCase(variant) + "Args";
    }

    private static String stem(String group) {
        return group.endsWith(GROUP_SUFFIX) ? group.substring(0, group.length() - GROUP_SUFFIX.length()) : group;
    }

    private static String pascalCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
