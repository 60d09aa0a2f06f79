package io.amlargs.runtime.local;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a run's {@code source_directory} into its {@code snapshot/} folder before the run starts, so
 * edits made to the source during the run do not change it.
 *
 * <p>Skipped: {@code .aml-args} and {@code outputs} at the top of the source (the default store and
 * the default download folder), any {@code .git}, the store itself wherever it lies, and the files
 * the run request excludes, such as a job file inside the source that may hold secrets. Symbolic
 * links are copied as the files and folders they point to. File permissions, including the
 * executable bit, are kept. A symbolic link whose target is missing is skipped with a warning.
 */
final class SnapshotCopier {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotCopier.class);

    /** Name the DWC connection file gets in the snapshot, where the training script looks for it. */
    static final String CONFIG_FILE_NAME = "config.json";

    private static final Set<String> SKIPPED_AT_TOP = Set.of(LocalStore.DEFAULT_DIRECTORY_NAME, RunLayout.OUTPUTS);

    private static final String GIT = ".git";

    private SnapshotCopier() {
    }

    /** Number of files and bytes a snapshot contains. */
    record Summary(int files, long bytes) {
    }

    /**
     * Copies {@code sourceDirectory} into {@code snapshot}, which must not exist yet, then copies
     * {@code configFile} into it as {@code config.json} unless the source already has one.
     *
     * @param storeRoot the store's root, skipped if it lies inside the source
     * @param configFile the DWC connection file, or null when the run needs none
     * @param excludedFiles files left out of the snapshot, also when a symbolic link in the source
     *     points to one of them
     * @throws NotDirectoryException if {@code sourceDirectory} is not a directory
     * @throws NoSuchFileException if {@code configFile} is given but is not a file
     */
    static Summary copy(Path sourceDirectory, Path snapshot, Path storeRoot, Path configFile, Set<Path> excludedFiles)
            throws IOException {
        if (!Files.isDirectory(sourceDirectory)) {
            throw new NotDirectoryException("config_args.source_directory '" + sourceDirectory
                    + "' is not a directory: point it at the folder that contains the script");
        }
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new NoSuchFileException(configFile.toString(), null,
                    "config_file_path is not a file: point it at the DWC connection config.json");
        }

        TreeCopier copier = new TreeCopier(sourceDirectory, snapshot, storeRoot, realPaths(excludedFiles));
        Files.walkFileTree(sourceDirectory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, copier);

        Path snapshotConfig = snapshot.resolve(CONFIG_FILE_NAME);
        if (configFile != null && !Files.exists(snapshotConfig)) {
            Files.copy(configFile, snapshotConfig);
            copier.count(snapshotConfig);
        }
        return new Summary(copier.files, copier.bytes);
    }

    private static Set<Path> realPaths(Set<Path> files) throws IOException {
        Set<Path> realPaths = new HashSet<>();
        for (Path file : files) {
            if (Files.exists(file)) {
                realPaths.add(file.toRealPath());
            }
        }
        return realPaths;
    }

    private static final class TreeCopier extends SimpleFileVisitor<Path> {

        private final Path source;
        private final Path target;
        private final Path storeRoot;
        private final Set<Path> excludedFiles;
        private int files;
        private long bytes;

        TreeCopier(Path source, Path target, Path storeRoot, Set<Path> excludedFiles) throws IOException {
            this.source = source;
            this.target = target;
            this.storeRoot = Files.exists(storeRoot) ? storeRoot.toRealPath() : storeRoot;
            this.excludedFiles = excludedFiles;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
            if (!directory.equals(source) && isSkipped(directory)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (directory.toRealPath().equals(storeRoot)) {
                return FileVisitResult.SKIP_SUBTREE;
            }

            Files.createDirectory(targetOf(directory));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            if (isSkipped(file)) {
                return FileVisitResult.CONTINUE;
            }
            // With FOLLOW_LINKS, a link still reads as a link only when its target is missing.
            if (attributes.isSymbolicLink()) {
                LOG.warn("Skipped symbolic link {} in the snapshot because its target {} does not exist",
                        file, Files.readSymbolicLink(file));
                return FileVisitResult.CONTINUE;
            }

            if (!excludedFiles.isEmpty() && excludedFiles.contains(file.toRealPath())) {
                LOG.info("Left {} out of the snapshot because the run request excludes it", file);
                return FileVisitResult.CONTINUE;
            }

            Path copy = targetOf(file);
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            count(copy);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
            if (failure instanceof FileSystemLoopException) {
                throw new FileSystemLoopException("symbolic link " + file + " points to a folder that contains it,"
                        + " so the snapshot would never end: remove the link from config_args.source_directory");
            }
            throw failure;
        }

        void count(Path copy) throws IOException {
            files++;
            bytes += Files.size(copy);
        }

        private boolean isSkipped(Path path) {
            Path relative = source.relativize(path);
            String name = relative.getFileName().toString();
            if (name.equals(GIT)) {
                return true;
            }
            return relative.getNameCount() == 1 && SKIPPED_AT_TOP.contains(name);
        }

        private Path targetOf(Path path) {
            return target.resolve(source.relativize(path).toString());
        }
    }
}
