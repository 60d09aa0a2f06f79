package io.amlargs.runtime.job;

import io.amlargs.args.DownloadArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.runtime.ArtifactPaths;
import io.amlargs.runtime.AzureMlNames;
import io.amlargs.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks of names and artifact paths that a backend would otherwise make only once the run is
 * under way: the experiment and model names, {@code model_args.model_path} and each entry of
 * {@code download_args.output_paths}. Applying them to the job means a bad value is reported before
 * anything runs.
 */
final class NameAndPathRules {

    private static final String NAME = "name";

    private static final String MODEL_NAME = "model_name";

    private static final String MODEL_PATH = "model_path";

    private static final String OUTPUT_PATHS = "output_paths";

    private NameAndPathRules() {
    }

    /**
     * Checks the raw values of a job file. A value of the wrong type is skipped, because the reader
     * of its dictionary reports it.
     */
    static List<Violation> check(Map<String, Object> job) {
        List<Violation> violations = new ArrayList<>();
        if (job.get(JobKeys.EXPERIMENT_ARGS) instanceof Map<?, ?> experiment
                && experiment.get(NAME) instanceof String name) {
            AzureMlNames.checkExperimentName(name).ifPresent(violations::add);
        }

        if (job.get(JobKeys.MODEL_ARGS) instanceof Map<?, ?> model) {
            if (model.get(MODEL_NAME) instanceof String name) {
                AzureMlNames.checkModelName(name).ifPresent(violations::add);
            }
            if (model.get(MODEL_PATH) instanceof String path) {
                ArtifactPaths.checkModelPath(path).ifPresent(violations::add);
            }
        }

        if (job.get(JobKeys.DOWNLOAD_ARGS) instanceof Map<?, ?> download
                && download.get(OUTPUT_PATHS) instanceof List<?> outputPaths) {
            violations.addAll(ArtifactPaths.checkOutputPaths(outputPaths));
        }
        return violations;
    }

    /**
     * Checks the typed values of a job built in code.
     *
     * @param modelArgs the model to register, or null
     * @param downloadArgs how outputs are downloaded, or null
     */
    static List<Violation> check(String experimentName, ModelArgs modelArgs, DownloadArgs downloadArgs) {
        List<Violation> violations = new ArrayList<>();
        AzureMlNames.checkExperimentName(experimentName).ifPresent(violations::add);
        if (modelArgs != null) {
            AzureMlNames.checkModelName(modelArgs.modelName()).ifPresent(violations::add);
            if (modelArgs.modelPath() != null) {
                ArtifactPaths.checkModelPath(modelArgs.modelPath()).ifPresent(violations::add);
            }
        }
        if (downloadArgs != null && downloadArgs.outputPaths() != null) {
            violations.addAll(ArtifactPaths.checkOutputPaths(downloadArgs.outputPaths()));
        }
        return violations;
    }
}
