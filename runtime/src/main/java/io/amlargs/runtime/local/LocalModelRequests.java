package io.amlargs.runtime.local;

import io.amlargs.args.DatasetReference;
import io.amlargs.args.DatasetRelation;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ModelArgsValidator;
import io.amlargs.args.ResourceConfigArgs;
import io.amlargs.args.ResourceConfigArgsValidator;
import io.amlargs.runtime.ArtifactPaths;
import io.amlargs.runtime.AzureMlNames;
import io.amlargs.runtime.ResourceConfiguration;
import io.amlargs.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code model_args}, {@code resource_config_args} and {@code is_sklearn_model} into a
 * {@link ModelRegistration}.
 *
 * <p>With {@code is_sklearn_model} the framework is {@code ScikitLearn} and, unless
 * {@code model_framework_version} is given, the version is the scikit-learn that the training
 * interpreter imports. Another {@code model_framework} is an error, where the original library
 * silently replaced it.
 */
final class LocalModelRequests {

    static final String SCIKIT_LEARN = "ScikitLearn";

    private static final Logger LOG = LoggerFactory.getLogger(LocalModelRequests.class);

    private LocalModelRequests() {
    }

    /**
     * Returns the registration of the model.
     *
     * @param sklearnVersion finds the installed scikit-learn version, called only when it is needed
     * @throws io.amlargs.validation.ArgsValidationException if the arguments are invalid, listing
     *     every violation
     */
    static ModelRegistration toRegistration(ModelArgs modelArgs, ResourceConfigArgs resourceConfigArgs,
            boolean isSklearnModel, Supplier<Optional<String>> sklearnVersion) {
        List<Violation> violations = new ArrayList<>(ModelArgsValidator.validate(modelArgs, "model_args"));
        if (resourceConfigArgs != null) {
            violations.addAll(ResourceConfigArgsValidator.validate(resourceConfigArgs, "resource_config_args"));
        }
        AzureMlNames.checkModelName(modelArgs.modelName()).ifPresent(violations::add);
        if (modelArgs.modelPath() != null) {
            ArtifactPaths.checkModelPath(modelArgs.modelPath()).ifPresent(violations::add);
        }
        if (isSklearnModel && modelArgs.modelFramework() != null && !SCIKIT_LEARN.equals(modelArgs.modelFramework())) {
            violations.add(Violation.error(LocalViolationIds.SKLEARN_FRAMEWORK_CONFLICT, "model_args.model_framework",
                    "'" + modelArgs.modelFramework() + "' conflicts with is_sklearn_model true, which sets ScikitLearn:"
                            + " remove model_framework or set is_sklearn_model to false"));
        }
        ArgsChecks.requireNoErrors(violations);

        String framework = isSklearnModel ? SCIKIT_LEARN : modelArgs.modelFramework();
        String frameworkVersion = modelArgs.modelFrameworkVersion();
        if (isSklearnModel && frameworkVersion == null) {
            frameworkVersion = sklearnVersion.get().orElse(null);
            if (frameworkVersion == null) {
                LOG.warn("is_sklearn_model is true but the training interpreter cannot import scikit-learn,"
                        + " so model {} has no framework version: set model_args.model_framework_version",
                        modelArgs.modelName());
            }
        }

        return new ModelRegistration(modelArgs.modelName(), modelArgs.modelPath(), modelArgs.tags(),
                modelArgs.properties(), modelArgs.description(), framework, frameworkVersion,
                datasets(modelArgs.datasets()), dataset(modelArgs.sampleInputDataset()),
                dataset(modelArgs.sampleOutputDataset()), resources(resourceConfigArgs), modelArgs.kwargs());
    }

    private static List<Map<String, Object>> datasets(List<DatasetRelation> relations) {
        if (relations == null) {
            return null;
        }
        return relations.stream().map(DatasetRelation::toMap).toList();
    }

    private static Map<String, Object> dataset(DatasetReference reference) {
        return reference == null ? null : reference.toMap();
    }

    private static ResourceConfiguration resources(ResourceConfigArgs resourceConfigArgs) {
        if (resourceConfigArgs == null) {
            return null;
        }
        return new ResourceConfiguration(resourceConfigArgs.cpu(), resourceConfigArgs.memoryInGb(),
                resourceConfigArgs.gpu());
    }
}
