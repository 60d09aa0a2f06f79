package io.amlargs.runtime.job;

import io.amlargs.validation.ArgPaths;
import io.amlargs.validation.ValueText;
import io.amlargs.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules that span several workflow parameters of a job file. They look at the raw values, so they
 * are reported even when a dictionary they look into has errors of its own.
 */
final class JobRules {

    static final String SCIKIT_LEARN = "ScikitLearn";

    private static final String MODEL_FRAMEWORK = "model_framework";

    private JobRules() {
    }

    static List<Violation> check(Map<String, Object> job) {
        List<Violation> violations = new ArrayList<>();
        checkSelector(job, JobKeys.COMPUTE_TYPE, JobKeys.COMPUTE_ARGS, violations);
        checkSelector(job, JobKeys.ENVIRONMENT_TYPE, JobKeys.ENVIRONMENT_ARGS, violations);
        checkSklearnFramework(job, violations);
        checkConfigFile(job, violations);
        checkIgnoredKeys(job, violations);
        return violations;
    }

    private static void checkSelector(Map<String, Object> job, String selectorKey, String argsKey, List<Violation> out) {
        boolean hasSelector = job.get(selectorKey) != null;
        boolean hasArgs = job.get(argsKey) != null;
        if (hasSelector && !hasArgs) {
            out.add(Violation.error(JobViolationIds.SELECTOR_MISMATCH, argsKey, selectorKey + " is "
                    + ValueText.quote(job.get(selectorKey)) + " but " + argsKey + " is missing; add "
                    + argsKey + ", or remove " + selectorKey));
        } else if (hasArgs && !hasSelector) {
            out.add(Violation.error(JobViolationIds.SELECTOR_MISMATCH, selectorKey, argsKey + " is set but "
                    + selectorKey + " is missing; add " + selectorKey + " to say which kind " + argsKey
                    + " describes, or remove " + argsKey));
        }
    }

    /**
     * Checks the rules between typed parameters, for a job built in code.
     *
     * @param modelFramework {@code model_args.model_framework}, or null
     */
    static List<Violation> check(
            boolean isSklearnModel, Object modelFramework, boolean isDwcConnectionRequired, boolean hasConfigFile) {
        List<Violation> violations = new ArrayList<>();
        checkSklearnFramework(isSklearnModel, modelFramework, violations);
        checkConfigFile(isDwcConnectionRequired, hasConfigFile, violations);
        return violations;
    }

    private static void checkSklearnFramework(Map<String, Object> job, List<Violation> out) {
        if (job.get(JobKeys.MODEL_ARGS) instanceof Map<?, ?> modelArgs) {
            boolean isSklearnModel = Boolean.TRUE.equals(job.get(JobKeys.IS_SKLEARN_MODEL));
            checkSklearnFramework(isSklearnModel, modelArgs.get(MODEL_FRAMEWORK), out);
        }
    }

    // The original library replaced the user's framework without a word, so a conflict is an error.
    private static void checkSklearnFramework(boolean isSklearnModel, Object framework, List<Violation> out) {
        if (isSklearnModel && framework != null && !SCIKIT_LEARN.equals(framework)) {
            String path = ArgPaths.key(JobKeys.MODEL_ARGS, MODEL_FRAMEWORK);
            out.add(Violation.error(JobViolationIds.SKLEARN_FRAMEWORK_CONFLICT, path, "is_sklearn_model is true"
                    + " but model_framework is " + ValueText.quote(framework) + "; set model_framework to '"
                    + SCIKIT_LEARN + "' or remove it, or set is_sklearn_model to false"));
        }
    }

    private static void checkConfigFile(Map<String, Object> job, List<Violation> out) {
        boolean required = Boolean.TRUE.equals(job.get(JobKeys.IS_DWC_CONNECTION_REQUIRED));
        checkConfigFile(required, job.get(JobKeys.CONFIG_FILE_PATH) != null, out);
    }

    private static void checkConfigFile(boolean required, boolean hasConfigFile, List<Violation> out) {
        if (required && !hasConfigFile) {
            out.add(Violation.error(JobViolationIds.DWC_CONNECTION_NEEDS_CONFIG, JobKeys.CONFIG_FILE_PATH,
                    "is_dwc_connection_required is true but config_file_path is missing; set config_file_path"
                            + " to the DWC connection file, or set is_dwc_connection_required to false"));
        }
    }

    private static void checkIgnoredKeys(Map<String, Object> job, List<Violation> out) {
        boolean downloads = Boolean.TRUE.equals(job.get(JobKeys.IS_DOWNLOAD));
        if (!downloads && job.get(JobKeys.DOWNLOAD_ARGS) != null) {
            out.add(ignored(JobKeys.DOWNLOAD_ARGS, "is_download is not true, so nothing is downloaded;"
                    + " set is_download to true, or remove download_args"));
        }

        if (job.get(JobKeys.MODEL_ARGS) != null) {
            return;
        }
        if (job.get(JobKeys.RESOURCE_CONFIG_ARGS) != null) {
            out.add(ignored(JobKeys.RESOURCE_CONFIG_ARGS, "model_args is missing, so no model is registered;"
                    + " add model_args, or remove resource_config_args"));
        }
        if (Boolean.TRUE.equals(job.get(JobKeys.IS_SKLEARN_MODEL))) {
            out.add(ignored(JobKeys.IS_SKLEARN_MODEL, "model_args is missing, so no model is registered;"
                    + " add model_args, or remove is_sklearn_model"));
        }
    }

    private static Violation ignored(String key, String message) {
        return Violation.warning(JobViolationIds.IGNORED_KEY, key, message);
    }
}
