package io.amlargs.runtime.job;

import io.amlargs.catalog.ArgsKey;
import io.amlargs.validation.ArgPaths;
import io.amlargs.validation.ValueText;
import io.amlargs.validation.Violation;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the local paths of a job file against the file's folder and reports each one that does
 * not exist, naming its key.
 *
 * <p>Paths are replaced by absolute ones before the argument dictionaries are read, so the typed
 * arguments never depend on the current directory. A value of the wrong type is left as it is for
 * the dictionary's reader to report.
 */
final class LocalPathResolver {

    static final String FILE = "file";
    static final String DIRECTORY = "directory";

    private final Path baseDirectory;
    private final List<Violation> violations = new ArrayList<>();

    LocalPathResolver(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    /**
     * Returns a copy of {@code args} in which each key marked as a local path in {@code keys}
     * contains an absolute path. A list of paths is resolved item by item.
     */
    Map<String, Object> resolveKeys(Map<String, Object> args, String groupPath, List<ArgsKey> keys) {
        Map<String, Object> resolved = new LinkedHashMap<>(args);
        for (ArgsKey key : keys) {
            Object value = args.get(key.name());
            if (key.localPath() == null || value == null) {
                continue;
            }
            String keyPath = ArgPaths.key(groupPath, key.name());
            resolved.put(key.name(), resolveValue(value, key.localPath(), keyPath));
        }
        return resolved;
    }

    /** Resolves one path value that must name an existing {@code kind} ({@link #FILE} or {@link #DIRECTORY}). */
    Object resolveValue(Object value, String kind, String keyPath) {
        if (value instanceof String text) {
            return resolve(text, kind, keyPath);
        }
        if (!(value instanceof List<?> items)) {
            return value;
        }

        List<Object> resolvedItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            resolvedItems.add(item instanceof String text ? resolve(text, kind, ArgPaths.index(keyPath, i)) : item);
        }
        return resolvedItems;
    }

    /**
     * Reports {@code script} unless it is a file inside {@code sourceDirectory}, which must already
     * be resolved. Does nothing when either is not a string or the folder does not exist, because
     * those are reported elsewhere.
     */
    void checkScript(Object sourceDirectory, Object script, String scriptPath) {
        if (!(sourceDirectory instanceof String folderText) || !(script instanceof String scriptText)) {
            return;
        }
        Path folder = Path.of(folderText);
        if (!Files.isDirectory(folder)) {
            return;
        }

        Path resolved;
        try {
            resolved = folder.resolve(scriptText).normalize();
        } catch (InvalidPathException e) {
            reportScript(scriptPath, ValueText.quote(scriptText) + " is not a valid path: " + e.getReason());
            return;
        }
        if (!resolved.startsWith(folder)) {
            reportScript(scriptPath, ValueText.quote(scriptText) + " lies outside config_args.source_directory "
                    + folder + "; the script must be inside the folder that is copied into the run");
        } else if (!Files.isRegularFile(resolved)) {
            reportScript(scriptPath, "script " + ValueText.quote(scriptText) + " not found in config_args.source_directory "
                    + folder + "; give its path relative to that folder");
        }
    }

    private String resolve(String text, String kind, String keyPath) {
        Path resolved;
        try {
            resolved = baseDirectory.resolve(text).normalize();
        } catch (InvalidPathException e) {
            report(JobViolationIds.PATH_NOT_FOUND, keyPath,
                    ValueText.quote(text) + " is not a valid path: " + e.getReason());
            return text;
        }

        boolean wantsDirectory = kind.equals(DIRECTORY);
        boolean exists = wantsDirectory ? Files.isDirectory(resolved) : Files.isRegularFile(resolved);
        if (exists) {
            return resolved.toString();
        }

        String problem;
        if (Files.exists(resolved)) {
            problem = " is " + (wantsDirectory ? "a file" : "a directory") + ", not a " + kind + ": " + resolved;
        } else {
            problem = " not found at " + resolved;
        }
        report(JobViolationIds.PATH_NOT_FOUND, keyPath, kind + " " + ValueText.quote(text) + problem
                + "; relative paths start at the job file's folder " + baseDirectory);
        return resolved.toString();
    }

    private void reportScript(String scriptPath, String message) {
        report(JobViolationIds.SCRIPT_NOT_FOUND, scriptPath, message);
    }

    private void report(String id, String keyPath, String message) {
        violations.add(Violation.error(id, keyPath, message));
    }
}
