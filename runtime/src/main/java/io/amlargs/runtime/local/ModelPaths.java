package io.amlargs.runtime.local;

import io.amlargs.runtime.ArtifactPaths;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.util.List;

/** Resolves {@code model_args.model_path} against a run's artifacts. */
final class ModelPaths {

    private static final String KEY = "model_args.model_path";

    private static final int MAX_LISTED_ARTIFACTS = 20;

    private ModelPaths() {
    }

    /**
     * Returns {@code modelPath} with {@code /} separators and without empty or {@code .} segments.
     *
     * @throws ArgsValidationException if the path is empty, absolute or contains {@code ..}
     */
    static String normalize(String modelPath) {
        ArtifactPaths.checkModelPath(modelPath).ifPresent(violation -> {
            throw new ArgsValidationException(List.of(violation));
        });
        return ArtifactPaths.normalize(modelPath);
    }

    /**
     * Returns the artifacts that make up the model: the one artifact named {@code modelPath}, or
     * every artifact in the folder {@code modelPath}.
     *
     * @throws ArgsValidationException if no artifact matches, listing the run's artifacts
     */
    static List<String> select(List<String> artifacts, String modelPath, String runId) {
        if (artifacts.contains(modelPath)) {
            return List.of(modelPath);
        }

        List<String> inFolder = artifacts.stream().filter(artifact -> artifact.startsWith(modelPath + "/")).toList();
        if (inFolder.isEmpty()) {
            throw new ArgsValidationException(List.of(Violation.error(LocalViolationIds.MODEL_PATH_NOT_FOUND, KEY,
                    "'" + modelPath + "' is not a file or folder among the artifacts of run " + runId + " "
                            + describe(artifacts) + ": set model_path to one of them, or to their folder")));
        }
        return inFolder;
    }

    private static String describe(List<String> artifacts) {
        if (artifacts.size() <= MAX_LISTED_ARTIFACTS) {
            return artifacts.toString();
        }
        return artifacts.subList(0, MAX_LISTED_ARTIFACTS) + " and " + (artifacts.size() - MAX_LISTED_ARTIFACTS) + " more";
    }
}
