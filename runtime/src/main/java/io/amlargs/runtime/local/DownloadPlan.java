package io.amlargs.runtime.local;

import io.amlargs.runtime.ArtifactPaths;
import io.amlargs.validation.ArgPaths;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.ValueChecks;
import io.amlargs.validation.Violation;
import io.amlargs.validation.ViolationIds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        int before = violations.size();
        checkEntries(outputPaths, violations);
        if (outputPaths.size() != matched.size()) {
            violations.add(Violation.error(LocalViolationIds.OUTPUT_PATHS_COUNT, OUTPUT_PATHS,
                    Plurals.count(outputPaths.size(), "path") + " given but prefix '" + prefix + "' matches "
                            + Plurals.count(matched.size(), "artifact") + " " + matched
                            + ": give one path per artifact in this order, or leave output_paths out"));
        }
        if (violations.size() > before) {
            return;
        }

        for (int i = 0; i < outputPaths.size(); i++) {
            transfers.add(new Transfer(matched.get(i), directory.resolve(ArtifactPaths.normalize(outputPaths.get(i)))));
        }
    }

    // The job file loader and the backend check the entries before the run. They are checked again
    // here because this check is what keeps every target inside the output directory.
    private static void checkEntries(List<String> outputPaths, List<Violation> violations) {
        violations.addAll(ArtifactPaths.checkOutputPaths(outputPaths));
        ValueChecks.uniqueItems(violations, OUTPUT_PATHS, outputPaths, false);
        for (int i = 0; i < outputPaths.size(); i++) {
            if (outputPaths.get(i) == null) {
                violations.add(Violation.error(ArtifactPaths.INVALID_OUTPUT_PATH, ArgPaths.index(OUTPUT_PATHS, i),
                        "the entry is null; give a file path inside output_directory"));
            }
        }
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
