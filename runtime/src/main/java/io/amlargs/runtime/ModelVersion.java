package io.amlargs.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One registered version of a model, as {@code register_model} stores it.
 *
 * <p>Dataset references are kept as the plain values they were given in, such as
 * {@code {"name": "iris", "version": 2}}, so the record reads the same on every backend.
 *
 * @param name model name
 * @param version version number, 1 for the first registration of the name
 * @param runId run the model files came from
 * @param experiment experiment of that run
 * @param modelPath artifact path inside the run that was registered, such as {@code outputs/model.pkl}
 * @param tags tags, which may change later
 * @param properties properties, which may gain keys later but never change
 * @param description description, or null
 * @param framework framework, such as {@code ScikitLearn}, or null
 * @param frameworkVersion framework version, or null
 * @param datasets dataset relations, each with a {@code relationship} and a {@code dataset}
 * @param sampleInputDataset sample input dataset reference, or null
 * @param sampleOutputDataset sample output dataset reference, or null
 * @param resourceConfiguration resources for serving, or null
 * @param kwargs further keyword arguments passed through unchanged
 * @param createdTime when this version was registered
 * @param files paths of the stored model files, relative to the version's folder
 */
public record ModelVersion(
        String name,
        int version,
        String runId,
        String experiment,
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
        Map<String, Object> kwargs,
        Instant createdTime,
        List<String> files) {

    public ModelVersion {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, got " + version);
        }
        tags = OrderedCopies.copyOf(tags);
        properties = OrderedCopies.copyOf(properties);
        datasets = OrderedCopies.copyOf(datasets);
        kwargs = OrderedCopies.copyOf(kwargs);
        files = OrderedCopies.copyOf(files);
    }
}
