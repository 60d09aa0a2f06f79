package io.amlargs.runtime.local;

import io.amlargs.runtime.ResourceConfiguration;
import java.util.List;
import java.util.Map;

/**
 * The {@code model_args} and {@code resource_config_args} of a model registration, as plain values,
 * with the framework already settled.
 *
 * @param modelName model name
 * @param modelPath artifact path of the model file or folder inside the run, or null to use
 *     {@code modelName}, as Azure Machine Learning does
 * @param tags tags, or null
 * @param properties properties, or null
 * @param description description, or null
 * @param framework framework, or null
 * @param frameworkVersion framework version, or null
 * @param datasets dataset relations, or null
 * @param sampleInputDataset sample input dataset reference, or null
 * @param sampleOutputDataset sample output dataset reference, or null
 * @param resourceConfiguration resources for serving, or null
 * @param kwargs further keyword arguments, or null
 */
record ModelRegistration(
        String modelName,
        String modelPath,
        Map<String, String> tags,
        Map<String, String> properties,
        String description,
        String framework,
        String frameworkVersion,
        List<Map<String, Object>> datasets,
        Map<String, Object> sampleInputDataset,
        Map<String, Object> sampleOutputDataset,
        ResourceConfiguration resourceConfiguration,
        Map<String, Object> kwargs) {

    /** Returns a registration of {@code modelPath} under {@code modelName} with nothing else set. */
    static ModelRegistration of(String modelName, String modelPath) {
        return new ModelRegistration(modelName, modelPath, null, null, null, null, null, null, null, null, null, null);
    }

    /** Returns the artifact path to register: {@code modelPath}, or the model name when it is unset. */
    String effectiveModelPath() {
        return modelPath == null ? modelName : modelPath;
    }
}
