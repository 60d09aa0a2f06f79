package io.amlargs.runtime.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists a run's artifacts: the files under its {@code outputs/} and {@code logs/} folders, named by
 * their path relative to the run folder with {@code /} separators, such as {@code outputs/model.pkl}.
 * These are the names Azure Machine Learning gives a run's files.
 */
final class Artifacts {

    private Artifacts() {
    }

    /** Returns the run's artifact paths in sorted order. */
    static List<String> list(RunLayout layout) throws IOException {
        List<String> artifacts = new ArrayList<>();
        addFiles(layout.directory(), layout.outputs(), artifacts);
        addFiles(layout.directory(), layout.logs(), artifacts);
        artifacts.sort(null);
        return artifacts;
    }

    private static void addFiles(Path runDirectory, Path folder, List<String> artifacts) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .map(file -> runDirectory.relativize(file).toString().replace('\\', '/'))
                    .forEach(artifacts::add);
        }
    }
}
