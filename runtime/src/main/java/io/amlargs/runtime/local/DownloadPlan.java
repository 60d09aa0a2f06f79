package io.amlargs.runtime.local;

import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import io.amlargs.validation.ViolationIds;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The artifacts a download copies and the file each one is written to.
 *
 * <p>The plan is checked as a whole before anything is written: every problem of
 * {@code download_args} is reported in one exception, and no target may lie outside the output
 * directory.
 *
 * @param outputDirectory absolute, normalized folder every target lies under
 * @param transfers artifact paths with their target files, in sorted artifact order
 */
record DownloadPlan(Path outputDirectory, List<Transfer> transfers) {

    private static final String OUTPUT_PATHS = "download_args.output_paths";

    /** One artifact and the file it is copied to. */
    record Transfer(String artifact, Path target) {
    }

    DownloadPlan {
        transfers = List.copyOf(transfers);
    }

    /**
     * Plans the download of the run's {@code artifacts} that match the request's prefix.
     *
     * @throws ArgsValidationException if the request is invalid for these artifacts, listing every
     *     problem
     */
    static DownloadPlan of(List<String> artifacts, DownloadRequest request, Path outputDirectory) {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        String prefix = normalizePrefix(request.prefix());
        List<String> matched = artifacts.stream().filter(artifact -> matches(artifact, prefix)).sorted().toList();

        List<Violation> violations = new ArrayList<>();
        if (request.batchSize() < 1) {
            violations.add(Violation.error(ViolationIds.BELOW_MINIMUM, "download_args.batch_size",
                    "batch size " + request.batchSize() + " is below the minimum of 1: give the number of files per batch"));
        }

        List<Transfer> transfers = new ArrayList<>();
        if (request.outputPaths() != null) {
            planExplicitPaths(matched, request, prefix, directory, transfers, violations);
        } else {
            for (String artifact : matched) {
                // Distinct artifacts keep distinct paths after the prefix is stripped.
                String relative = request.appendPrefix() ? artifact : stripPrefix(artifact, prefix);
                transfers.add(new Transfer(artifact, directory.resolve(relative).normalize()));
            }
        }

        if (!violations.isEmpty()) {
            throw new ArgsValidationException(violations);
        }
        return new DownloadPlan(directory, transfers);
    }

    private static void planExplicitPaths(List<String> matched, DownloadRequest request, String prefix,
            Path directory, List<Transfer> transfers, List<Violation> violations) {
        List<String> outputPaths = request.outputPaths();
        if (outputPaths.size() != matched.size()) {
            violations.add(Violation.error(LocalViolationIds.OUTPUT_PATHS_COUNT, OUTPUT_PATHS,
                    outputPaths.size() + " path(s) given but prefix '" + prefix + "' matches " + matched.size()
                            + " artifact(s) " + matched + ": give one path per artifact in this order,"
                            + " or leave output_paths out"));
        }

        Map<Path, Integer> indexByTarget = new HashMap<>();
        for (int i = 0; i < outputPaths.size(); i++) {
            Path target = resolveOutputPath(outputPaths.get(i), i, directory, violations);
            if (target == null) {
                continue;
            }

            Integer firstIndex = indexByTarget.putIfAbsent(target, i);
            if (firstIndex != null) {
                violations.add(Violation.error(LocalViolationIds.DUPLICATE_OUTPUT_PATH, itemPath(i),
                        "'" + outputPaths.get(i) + "' is the same file as output_paths[" + firstIndex
                                + "]: give each artifact its own path"));
            } else if (i < matched.size()) {
                transfers.add(new Transfer(matched.get(i), target));
            }
        }
    }

    private static Path resolveOutputPath(String outputPath, int index, Path directory, List<Violation> violations) {
        if (outputPath == null || outputPath.isBlank()) {
            violations.add(invalidOutputPath(index, outputPath, "is empty: give a file path relative to output_directory"));
            return null;
        }

        Path path;
        try {
            path = Path.of(outputPath);
        } catch (InvalidPathException e) {
            violations.add(invalidOutputPath(index, outputPath, "is not a valid path: " + e.getReason()));
            return null;
        }
        if (path.isAbsolute()) {
            violations.add(invalidOutputPath(index, outputPath, "is absolute: give a path relative to output_directory"));
            return null;
        }

        Path target = directory.resolve(path).normalize();
        if (!target.startsWith(directory) || target.equals(directory)) {
            violations.add(invalidOutputPath(index, outputPath,
                    "leads outside output_directory " + directory + ": remove the '..' segments"));
            return null;
        }
        return target;
    }

    private static Violation invalidOutputPath(int index, String outputPath, String problem) {
        return Violation.error(LocalViolationIds.INVALID_OUTPUT_PATH, itemPath(index), "'" + outputPath + "' " + problem);
    }

    private static String itemPath(int index) {
        return OUTPUT_PATHS + "[" + index + "]";
    }

    private static String normalizePrefix(String prefix) {
        if (prefix == null) {
            return "";
        }
        String normalized = prefix.replace('\\', '/');
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        return normalized;
    }

    private static boolean matches(String artifact, String prefix) {
        return prefix.isEmpty() || artifact.equals(prefix) || artifact.startsWith(prefix + "/");
    }

    private static String stripPrefix(String artifact, String prefix) {
        if (prefix.isEmpty()) {
            return artifact;
        }
        if (artifact.equals(prefix)) {
            // The prefix names a single file, so only its file name is left.
            return artifact.substring(artifact.lastIndexOf('/') + 1);
        }
        return artifact.substring(prefix.length() + 1);
    }
}
