package io.amlargs.runtime;

import io.amlargs.validation.ArgPaths;
import io.amlargs.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Rules for {@code model_args.model_path} and {@code download_args.output_paths} that hold for any
 * run: each path is relative, names a file or folder, and has no {@code ..} segment, and no two
 * output paths name the same file.
 *
 * <p>The job file loader applies them, so {@code validate} reports a bad path before anything runs,
 * and the local backend applies them again to arguments built in code. Whether {@code model_path}
 * names an artifact of the run, and whether {@code output_paths} has one entry per artifact, is
 * known only after the run.
 */
public final class ArtifactPaths {

    /** Id of the violation of a {@code model_path} that is empty, absolute or contains {@code ..}. */
    public static final String INVALID_MODEL_PATH = "INVALID_MODEL_PATH";

    /** Id of the violation of an {@code output_paths} entry that is empty, absolute or contains {@code ..}. */
    public static final String INVALID_OUTPUT_PATH = "INVALID_OUTPUT_PATH";

    /** Id of the violation of an {@code output_paths} entry that names the same file as an earlier one. */
    public static final String DUPLICATE_OUTPUT_PATH = "DUPLICATE_OUTPUT_PATH";

    private static final String MODEL_PATH = "model_args.model_path";

    private static final String OUTPUT_PATHS = "download_args.output_paths";

    private ArtifactPaths() {
    }

    /**
     * Returns {@code path} with {@code /} separators and without empty or {@code .} segments, so
     * {@code ./outputs//model.pkl/} becomes {@code outputs/model.pkl}. Meant for paths that passed
     * the checks of this class.
     */
    public static String normalize(String path) {
        StringJoiner normalized = new StringJoiner("/");
        for (String segment : path.replace('\\', '/').split("/")) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                normalized.add(segment);
            }
        }
        return normalized.toString();
    }

    /**
     * Checks the form of {@code modelPath}, the path of the model among the run's artifacts.
     *
     * @return the violation at {@code model_args.model_path}, or empty when the path is valid
     */
    public static Optional<Violation> checkModelPath(String modelPath) {
        return problemOf(modelPath).map(problem -> Violation.error(INVALID_MODEL_PATH, MODEL_PATH, "'" + modelPath
                + "' " + problem + "; give the artifact path inside the run, such as outputs/model.pkl"));
    }

    /**
     * Checks the form of each entry of {@code outputPaths}, the target files of a download relative
     * to its output directory, and that no two entries name the same file.
     *
     * <p>Entries that are not strings are skipped, because the type check of {@code download_args}
     * reports them. So are exact repeats of an earlier entry, which its {@code uniqueItems} check
     * reports as {@code DUPLICATE_ITEM}.
     *
     * @return a violation at {@code download_args.output_paths[i]} for each bad entry, in order
     */
    public static List<Violation> checkOutputPaths(List<?> outputPaths) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> indexByFile = new HashMap<>();
        for (int i = 0; i < outputPaths.size(); i++) {
            if (!(outputPaths.get(i) instanceof String entry)) {
                continue;
            }

            Optional<String> problem = problemOf(entry);
            if (problem.isPresent()) {
                violations.add(Violation.error(INVALID_OUTPUT_PATH, entryPath(i), "'" + entry + "' " + problem.get()
                        + "; give a file path inside output_directory, such as model/weights.bin"));
                continue;
            }

            Integer first = indexByFile.putIfAbsent(normalize(entry), i);
            if (first != null && !entry.equals(outputPaths.get(first))) {
                violations.add(Violation.error(DUPLICATE_OUTPUT_PATH, entryPath(i), "'" + entry
                        + "' names the same file as output_paths[" + first + "] '" + outputPaths.get(first)
                        + "'; give each artifact its own path"));
            }
        }
        return violations;
    }

    private static Optional<String> problemOf(String path) {
        if (path == null || path.isBlank()) {
            return Optional.of("is empty");
        }
        if (path.indexOf('\0') >= 0) {
            return Optional.of("contains a NUL character");
        }

        String slashed = path.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("[A-Za-z]:.*")) {
            return Optional.of("is absolute");
        }
        if (Arrays.asList(slashed.split("/")).contains("..")) {
            return Optional.of("contains '..'");
        }
        if (normalize(path).isEmpty()) {
            return Optional.of("names no file, only the folder it starts from");
        }
        return Optional.empty();
    }

    private static String entryPath(int index) {
        return ArgPaths.index(OUTPUT_PATHS, index);
    }
}
