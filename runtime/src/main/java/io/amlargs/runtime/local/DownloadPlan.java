package io.amlargs.runtime.local;

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

    /** One artifact and the file it is copied to. */
    record Transfer(String artifact, Path target) {
    }

    DownloadPlan {
        transfers = List.copyOf(transfers);
    }

    /**
     * Plans the download of the run's {@code artifacts} that match the request's prefix.
     *
     * @throws IllegalArgumentException if the request is invalid for these artifacts, listing every
     *     problem
     */
    static DownloadPlan of(List<String> artifacts, DownloadRequest request, Path outputDirectory) {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        String prefix = normalizePrefix(request.prefix());
        List<String> matched = artifacts.stream().filter(artifact -> matches(artifact, prefix)).sorted().toList();

        List<String> problems = new ArrayList<>();
        if (request.batchSize() < 1) {
            problems.add("download_args.batch_size must be 1 or more, got " + request.batchSize());
        }

        List<Transfer> transfers = new ArrayList<>();
        if (request.outputPaths() != null) {
            planExplicitPaths(matched, request, prefix, directory, transfers, problems);
        } else {
            for (String artifact : matched) {
                // Distinct artifacts keep distinct paths after the prefix is stripped.
                String relative = request.appendPrefix() ? artifact : stripPrefix(artifact, prefix);
                transfers.add(new Transfer(artifact, directory.resolve(relative).normalize()));
            }
        }

        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid download_args:\n  - " + String.join("\n  - ", problems));
        }
        return new DownloadPlan(directory, transfers);
    }

    private static void planExplicitPaths(List<String> matched, DownloadRequest request, String prefix,
            Path directory, List<Transfer> transfers, List<String> problems) {
        List<String> outputPaths = request.outputPaths();
        if (outputPaths.size() != matched.size()) {
            problems.add("download_args.output_paths lists " + outputPaths.size() + " path(s) but prefix '" + prefix
                    + "' matches " + matched.size() + " artifact(s) " + matched
                    + ": give one path per artifact in this order, or leave output_paths out");
        }

        Map<Path, Integer> indexByTarget = new HashMap<>();
        for (int i = 0; i < outputPaths.size(); i++) {
            Path target = resolveOutputPath(outputPaths.get(i), i, directory, problems);
            if (target == null) {
                continue;
            }

            Integer firstIndex = indexByTarget.putIfAbsent(target, i);
            if (firstIndex != null) {
                problems.add("download_args.output_paths[" + i + "] '" + outputPaths.get(i)
                        + "' is the same file as output_paths[" + firstIndex + "]: give each artifact its own path");
            } else if (i < matched.size()) {
                transfers.add(new Transfer(matched.get(i), target));
            }
        }
    }

    private static Path resolveOutputPath(String outputPath, int index, Path directory, List<String> problems) {
        String key = "download_args.output_paths[" + index + "] '" + outputPath + "'";
        if (outputPath == null || outputPath.isBlank()) {
            problems.add(key + " is empty: give a file path relative to output_directory");
            return null;
        }

        Path path;
        try {
            path = Path.of(outputPath);
        } catch (InvalidPathException e) {
            problems.add(key + " is not a valid path: " + e.getReason());
            return null;
        }
        if (path.isAbsolute()) {
            problems.add(key + " is absolute: give a path relative to output_directory");
            return null;
        }

        Path target = directory.resolve(path).normalize();
        if (!target.startsWith(directory) || target.equals(directory)) {
            problems.add(key + " leads outside output_directory " + directory + ": remove the '..' segments");
            return null;
        }
        return target;
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
