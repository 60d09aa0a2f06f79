package io.amlargs.runtime.local;

import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.RunRecord;
import io.amlargs.validation.ArgsValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local store's model registry: each registration copies a run artifact into
 * {@code models/<name>/<version>/files/} and writes {@code models/<name>/<version>/model.json}.
 *
 * <p>The files sit in their own folder because models are often saved as {@code model.json}, which
 * would otherwise clash with the record. A version folder without {@code model.json} belongs to a
 * registration still copying its files, or to one that failed.
 */
final class ModelRegistry {

    static final String RECORD_FILE_NAME = "model.json";

    static final String FILES_DIRECTORY_NAME = "files";

    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

    private final LocalStore store;

    ModelRegistry(LocalStore store) {
        this.store = store;
    }

    /**
     * Registers the artifact {@code registration.effectiveModelPath()} of a run as the next version of
     * the model.
     *
     * @throws ArgsValidationException if the model name is invalid, or the model path is not a file or
     *     folder among the run's artifacts
     */
    ModelVersion register(RunLayout run, RunRecord runRecord, ModelRegistration registration) throws IOException {
        Path modelDirectory = store.modelDirectory(registration.modelName());
        String modelPath = ModelPaths.normalize(registration.effectiveModelPath());
        List<String> artifacts = Artifacts.list(run);
        List<String> modelArtifacts = ModelPaths.select(artifacts, modelPath, runRecord.id());

        int version = VersionAllocator.allocate(modelDirectory);
        Path versionDirectory = modelDirectory.resolve(Integer.toString(version));
        try {
            List<String> files = copyFiles(run, modelPath, modelArtifacts, versionDirectory);
            ModelVersion model = toModelVersion(registration, version, runRecord, modelPath, files);
            JsonFiles.writeAtomically(versionDirectory.resolve(RECORD_FILE_NAME), model);

            LOG.info("Registered model {} version {} from {} of run {} ({})",
                    model.name(), version, modelPath, runRecord.id(), Plurals.count(files.size(), "file"));
            return model;
        } catch (IOException | RuntimeException e) {
            LOG.error("Registering model {} version {} from run {} failed, removing {}",
                    registration.modelName(), version, runRecord.id(), versionDirectory, e);
            deleteRecursively(versionDirectory);
            throw e;
        }
    }

    /**
     * Reads a registered version.
     *
     * @throws NoSuchFileException if the model has no such registered version
     */
    ModelVersion read(String modelName, int version) throws IOException {
        Path file = store.modelDirectory(modelName).resolve(Integer.toString(version)).resolve(RECORD_FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "model '" + modelName + "' has no version " + version + " in the local store " + store.root());
        }
        return JsonFiles.read(file, ModelVersion.class);
    }

    private static List<String> copyFiles(RunLayout run, String modelPath, List<String> modelArtifacts,
            Path versionDirectory) throws IOException {
        Path filesDirectory = versionDirectory.resolve(FILES_DIRECTORY_NAME);
        // The model keeps its own name: outputs/model.pkl becomes files/model.pkl, and a folder
        // outputs/model becomes files/model/...
        int parentLength = modelPath.lastIndexOf('/') + 1;

        List<String> files = new ArrayList<>();
        for (String artifact : modelArtifacts) {
            Path target = filesDirectory.resolve(artifact.substring(parentLength));
            Files.createDirectories(target.getParent());
            Files.copy(run.directory().resolve(artifact), target, StandardCopyOption.COPY_ATTRIBUTES);
            files.add(versionDirectory.relativize(target).toString().replace('\\', '/'));
        }
        return files;
    }

    private static ModelVersion toModelVersion(ModelRegistration registration, int version, RunRecord runRecord,
            String modelPath, List<String> files) {
        return new ModelVersion(registration.modelName(), version, runRecord.id(), runRecord.experiment(), modelPath,
                registration.tags(), registration.properties(), registration.description(),
                registration.framework(), registration.frameworkVersion(), registration.datasets(),
                registration.sampleInputDataset(), registration.sampleOutputDataset(),
                registration.resourceConfiguration(), registration.kwargs(), Instant.now(), files);
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Removing the incomplete model version {} failed", directory, e);
        }
    }
}
