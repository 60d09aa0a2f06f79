package io.amlargs.runtime.local;

import java.util.List;

/** Resolves {@code model_args.model_path} against a run's artifacts. */
final class ModelPaths {

    private static final int MAX_LISTED_ARTIFACTS = 20;

    private ModelPaths() {
    }

    /**
     * Returns {@code modelPath} with {@code /} separators and without a leading {@code ./} or trailing
     * {@code /}.
     *
     * @throws IllegalArgumentException if the path is empty, absolute or contains {@code ..}
     */
    static String normalize(String modelPath) {
        String path = modelPath == null ? "" : modelPath.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }

        if (path.isEmpty()) {
            throw new IllegalArgumentException("model_args.model_path '" + modelPath
                    + "' is empty: give the artifact path of the model, such as outputs/model.pkl");
        }
        if (path.startsWith("/") || path.matches("[A-Za-z]:.*")) {
            throw new IllegalArgumentException("model_args.model_path '" + modelPath
                    + "' is absolute: give the path inside the run, such as outputs/model.pkl");
        }
        if (List.of(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("model_args.model_path '" + modelPath
                    + "' contains '..': give the path inside the run, such as outputs/model.pkl");
        }
        return path;
    }

    /**
     * Returns the artifacts that make up the model: the one artifact named {@code modelPath}, or
     * every artifact in the folder {@code modelPath}.
     *
     * @throws IllegalArgumentException if no artifact matches, listing the run's artifacts
     */
    static List<String> select(List<String> artifacts, String modelPath, String runId) {
        if (artifacts.contains(modelPath)) {
            return List.of(modelPath);
        }

        List<String> inFolder = artifacts.stream().filter(artifact -> artifact.startsWith(modelPath + "/")).toList();
        if (inFolder.isEmpty()) {
            throw new IllegalArgumentException("model_args.model_path '" + modelPath
                    + "' is not a file or folder among the artifacts of run " + runId + " " + describe(artifacts)
                    + ": set model_path to one of them, or to their folder");
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
