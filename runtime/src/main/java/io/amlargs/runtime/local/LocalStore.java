package io.amlargs.runtime.local;

import io.amlargs.runtime.AzureMlNames;
import io.amlargs.runtime.RunRecord;
import io.amlargs.validation.ArgsValidationException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The local backend's store: runs under {@code runs/<run id>/} and registered models under
 * {@code models/<name>/<version>/}.
 *
 * <p>By default the store is the {@code .aml-args} folder of the working directory.
 */
final class LocalStore {

    static final String DEFAULT_DIRECTORY_NAME = ".aml-args";

    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private static final int MAX_RUN_ID_ATTEMPTS = 5;

    private final Path root;

    LocalStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    static LocalStore inWorkingDirectory(Path workingDirectory) {
        return new LocalStore(workingDirectory.resolve(DEFAULT_DIRECTORY_NAME));
    }

    Path root() {
        return root;
    }

    Path runsDirectory() {
        return root.resolve("runs");
    }

    Path modelsDirectory() {
        return root.resolve("models");
    }

    /** Creates the folders of a new run of {@code experiment} with a fresh run id. */
    RunLayout createRun(String experiment, Instant now) throws IOException {
        Files.createDirectories(runsDirectory());

        for (int attempt = 1; ; attempt++) {
            Path directory = runsDirectory().resolve(RunIds.newRunId(experiment, now));
            try {
                Files.createDirectory(directory);
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_RUN_ID_ATTEMPTS) {
                    throw e;
                }
                continue;
            }

            RunLayout layout = new RunLayout(directory);
            Files.createDirectory(layout.outputs());
            Files.createDirectory(layout.logs());
            Files.createFile(layout.standardLog());
            return layout;
        }
    }

    /**
     * Returns the layout of an existing run.
     *
     * @throws IllegalArgumentException if {@code runId} cannot be a run id
     * @throws NoSuchFileException if the store has no run with that id
     */
    RunLayout run(String runId) throws NoSuchFileException {
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("invalid run id '" + runId
                    + "': a run id contains only letters, digits, '_' and '-'");
        }

        RunLayout layout = new RunLayout(runsDirectory().resolve(runId));
        if (!Files.isRegularFile(layout.recordFile())) {
            throw new NoSuchFileException(layout.recordFile().toString(), null,
                    "run '" + runId + "' not found in the local store " + root);
        }
        return layout;
    }

    RunRecord readRecord(RunLayout layout) throws IOException {
        return JsonFiles.read(layout.recordFile(), RunRecord.class);
    }

    void writeRecord(RunLayout layout, RunRecord record) throws IOException {
        JsonFiles.writeAtomically(layout.recordFile(), record);
    }

    Path modelDirectory(String modelName) {
        AzureMlNames.checkModelName(modelName).ifPresent(violation -> {
            throw new ArgsValidationException(List.of(violation));
        });
        return modelsDirectory().resolve(modelName);
    }
}
