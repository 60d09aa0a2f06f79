package io.amlargs.runtime.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hands out model version numbers 1, 2, 3, ... so that concurrent registrations of one name, in
 * threads or in separate processes, each get their own consecutive number.
 *
 * <p>The number is chosen and its folder created while an exclusive file lock on
 * {@code models/<name>/.lock} is held. File locks belong to the whole JVM, and a second lock
 * request on the same file from the same JVM fails instead of waiting, so threads of one JVM first
 * take a monitor per model folder.
 */
final class VersionAllocator {

    static final String LOCK_FILE_NAME = ".lock";

    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

    private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private VersionAllocator() {
    }

    /** Creates the folder of the next version under {@code modelDirectory} and returns its number. */
    static int allocate(Path modelDirectory) throws IOException {
        Path directory = modelDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);

        synchronized (MONITORS.computeIfAbsent(directory, key -> new Object())) {
            try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    int version = highestVersion(directory) + 1;
                    Files.createDirectory(directory.resolve(Integer.toString(version)));
                    return version;
                } finally {
                    lock.release();
                }
            }
        }
    }

    /** Returns the highest version folder under {@code modelDirectory}, or 0 when there is none. */
    static int highestVersion(Path modelDirectory) throws IOException {
        if (!Files.isDirectory(modelDirectory)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(modelDirectory)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> VERSION.matcher(name).matches())
                    .mapToInt(Integer::parseInt)
                    .max()
                    .orElse(0);
        }
    }
}
