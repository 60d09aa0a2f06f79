package io.amlargs.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads typed values out of one argument map and collects a violation, with its path, for each
 * key it cannot read. Generated {@code read} methods create one reader per map. A key that is
 * absent or null reads as null, and required keys are checked afterwards by the validator.
 *
 * <p>A key that has a value but reads as null, because of a wrong type, an invalid item, an
 * invalid nested object or a string that cannot be split, is one of the {@link #unreadableKeys()}.
 * Its violation is already reported, so the validator must not treat it as unset.
 */
public final class MapReader {

    private final Map<String, ?> map;
    private final String path;
    private final Set<String> secretKeys;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> unreadableKeys = new LinkedHashSet<>();

    private MapReader(Map<String, ?> map, String path, Set<String> secretKeys) {
        this.map = map;
        this.path = path;
        this.secretKeys = secretKeys;
    }

    /**
     * Creates a reader for {@code map} and reports each key that is not in {@code keys}.
     *
     * @param map the arguments, keyed by documented name
     * @param path where the map is, such as {@code compute_args}
     * @param owner the documented name of the dictionary for messages, such as
     *     {@code compute_args (AmlComputeCluster)}
     * @param keys the documented keys
     * @param secretKeys the keys whose values must not appear in messages
     */
    public static MapReader open(
            Map<String, ?> map, String path, String owner, List<String> keys, Set<String> secretKeys) {
        Objects.requireNonNull(map, "map");
        MapReader reader = new MapReader(map, path, secretKeys);
        for (Object key : map.keySet()) {
            if (!keys.contains(key)) {
                reader.reportUnknownKey(String.valueOf(key), owner, keys);
            }
        }
        return reader;
    }

    /** Returns the violations found so far. */
    public List<Violation> violations() {
        return Collections.unmodifiableList(violations);
    }

    /**
     * Returns the keys read so far that have a value which could not be read, in the order they
     * were read. Each has a violation in {@link #violations()}, at its path or below it.
     */
    public Set<String> unreadableKeys() {
        return Collections.unmodifiableSet(unreadableKeys);
    }

    /** Returns whether {@code key} is in the map with a non-null value. */
    public boolean isSet(String key) {
        return map.get(key) != null;
    }

    /** Reads a string. */
    public String string(String key) {
        Object raw = map.get(key);
        if (raw == null || raw instanceof String) {
            return (String) raw;
        }
        reportWrongType(key, raw, "a string");
        return track(key, null);
    }

    /** Reads an integer; see {@link TypedValues#toInteger(Object)} for what converts. */
    public Integer integer(String key) {
        Object raw = map.get(key);
        Integer value = TypedValues.toInteger(raw);
        if (raw != null && value == null) {
            reportWrongType(key, raw, "an integer");
        }
        return track(key, value);
    }

    /** Reads a number of any numeric type as a double. */
    public Double number(String key) {
        Object raw = map.get(key);
        Double value = TypedValues.toDouble(raw);
        if (raw != null && value == null) {
            reportWrongType(key, raw, "a number");
        }
        return track(key, value);
    }

    /** Reads a boolean. */
    public Boolean bool(String key) {
        Object raw = map.get(key);
        if (raw == null || raw instanceof Boolean) {
            return (Boolean) raw;
        }
        reportWrongType(key, raw, "a boolean (true or false)");
        return track(key, null);
    }

    /**
     * Reads a list of strings.
     *
     * @param scalarItems whether numbers and booleans are accepted as items and converted to text
     * @param form how a single string in place of the list is read
     * @param minLength the fewest characters that a string in place of the list must have
     */
    public List<String> stringList(String key, boolean scalarItems, StringForm form, int minLength) {
        return track(key, readStringList(key, scalarItems, form, minLength));
    }

    private List<String> readStringList(String key, boolean scalarItems, StringForm form, int minLength) {
        Object raw = map.get(key);
        if (raw instanceof String text && form != StringForm.NONE) {
            int before = violations.size();
            ValueChecks.minLength(violations, childPath(key), text, minLength, isSecret(key));
            return violations.size() == before ? splitStringForm(key, text, form) : null;
        }
        if (raw == null || !(raw instanceof List<?> items)) {
            if (raw != null) {
                reportWrongType(key, raw, form == StringForm.NONE ? "a list" : "a list or a string");
            }
            return null;
        }

        List<String> values = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String text = textOf(item, scalarItems);
            if (text == null) {
                String expected = scalarItems ? "a plain value (string, number or boolean)" : "a string";
                reportInvalidItem(ArgPaths.index(childPath(key), i), key, item, expected);
                valid = false;
            }
            values.add(text);
        }
        return valid ? values : null;
    }

    /**
     * Reads a mapping of strings to strings, such as tags.
     *
     * @param scalarValues whether numbers and booleans are accepted as values and converted to text
     */
    public Map<String, String> stringMap(String key, boolean scalarValues) {
        return track(key, readStringMap(key, scalarValues));
    }

    private Map<String, String> readStringMap(String key, boolean scalarValues) {
        Map<String, Object> entries = mapping(key);
        if (entries == null) {
            return null;
        }

        Map<String, String> values = new LinkedHashMap<>();
        boolean valid = true;
        for (Map.Entry<String, Object> entry : entries.entrySet()) {
            Object value = entry.getValue();
            String text = textOf(value, scalarValues);
            if (text == null) {
                String expected = scalarValues ? "a plain value (string, number or boolean)" : "a string";
                reportInvalidItem(ArgPaths.key(childPath(key), entry.getKey()), key, value, expected);
                valid = false;
            }
            values.put(entry.getKey(), text);
        }
        return valid ? values : null;
    }

    /** Reads a mapping with string keys and values of any type, such as pass-through kwargs. */
    public Map<String, Object> objectMap(String key) {
        return track(key, mapping(key));
    }

    /**
     * Reads a nested object with {@code reader}, usually the {@code read} method of a generated
     * type, and collects its violations.
     */
    public <T> T object(String key, BiFunction<Map<String, ?>, String, ReadResult<T>> reader) {
        Map<String, Object> nested = mapping(key);
        if (nested == null) {
            return track(key, null);
        }
        ReadResult<T> result = reader.apply(nested, childPath(key));
        violations.addAll(result.violations());
        return track(key, result.value());
    }

    /** Reads a list of nested objects with {@code reader}, collecting every item's violations. */
    public <T> List<T> objectList(String key, BiFunction<Map<String, ?>, String, ReadResult<T>> reader) {
        return track(key, readObjectList(key, reader));
    }

    private <T> List<T> readObjectList(String key, BiFunction<Map<String, ?>, String, ReadResult<T>> reader) {
        Object raw = map.get(key);
        if (raw == null || !(raw instanceof List<?> items)) {
            if (raw != null) {
                reportWrongType(key, raw, "a list");
            }
            return null;
        }

        List<T> values = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < items.size(); i++) {
            String itemPath = ArgPaths.index(childPath(key), i);
            Map<String, Object> item = asMapping(items.get(i));
            if (item == null) {
                reportInvalidItem(itemPath, key, items.get(i), "a mapping");
                valid = false;
                continue;
            }
            ReadResult<T> result = reader.apply(item, itemPath);
            violations.addAll(result.violations());
            valid = valid && !result.hasErrors();
            values.add(result.value());
        }
        return valid ? values : null;
    }

    /** Returns {@code value}, first adding {@code key} to the unreadable keys if it has a value but read as null. */
    private <T> T track(String key, T value) {
        if (value == null && isSet(key)) {
            unreadableKeys.add(key);
        }
        return value;
    }

    private static String textOf(Object value, boolean scalars) {
        if (scalars) {
            return TypedValues.toText(value);
        }
        return value instanceof String text ? text : null;
    }

    private Map<String, Object> mapping(String key) {
        Object raw = map.get(key);
        Map<String, Object> entries = asMapping(raw);
        if (raw != null && entries == null) {
            reportWrongType(key, raw, "a mapping with string keys");
        }
        return entries;
    }

    private static Map<String, Object> asMapping(Object raw) {
        if (!(raw instanceof Map<?, ?> entries)) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                return null;
            }
            copy.put(name, entry.getValue());
        }
        return copy;
    }

    private List<String> splitStringForm(String key, String text, StringForm form) {
        if (form == StringForm.SHELL_COMMAND) {
            return List.of("/bin/sh", "-c", text);
        }
        try {
            return ShellWords.split(text);
        } catch (IllegalArgumentException e) {
            String message = "cannot split " + ValueText.quote(text, isSecret(key)) + " into shell words: "
                    + e.getMessage() + "; close the quote or give the words as a list";
            violations.add(Violation.error(ViolationIds.INVALID_SHELL_WORDS, childPath(key), message));
            return null;
        }
    }

    private void reportUnknownKey(String key, String owner, List<String> keys) {
        String fix = KeySuggester.suggest(key, keys)
                .map(found -> "did you mean '" + found + "'?")
                .orElse("remove it or check its spelling");
        String message = ValueText.quote(key) + " is not a key of " + owner + "; " + fix;
        violations.add(Violation.error(ViolationIds.UNKNOWN_KEY, childPath(key), message));
    }

    private void reportWrongType(String key, Object raw, String expected) {
        String message = "expected " + expected + " but got " + ValueText.kind(raw) + " "
                + ValueText.quote(raw, isSecret(key)) + "; " + WrongTypeFix.of(key, raw, expected, isSecret(key));
        violations.add(Violation.error(ViolationIds.WRONG_TYPE, childPath(key), message));
    }

    private void reportInvalidItem(String itemPath, String key, Object item, String expected) {
        String message = "expected " + expected + " but got " + ValueText.kind(item) + " "
                + ValueText.quote(item, isSecret(key)) + "; replace or remove this item";
        violations.add(Violation.error(ViolationIds.INVALID_ITEM, itemPath, message));
    }

    private boolean isSecret(String key) {
        return secretKeys.contains(key);
    }

    private String childPath(String key) {
        return ArgPaths.key(path, key);
    }
}
