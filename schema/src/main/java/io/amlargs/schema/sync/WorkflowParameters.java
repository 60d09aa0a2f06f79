package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top level of a job file: the argument dictionaries in workflow order, with the plain
 * workflow parameters between them. The args schema does not describe the plain parameters, so
 * they are defined here.
 */
final class WorkflowParameters {

    /** Top-level keys in the order a job file lists them; groups are filled in from the args schema. */
    static final List<String> ORDER = List.of(
            "workspace_args", "experiment_args", "compute_args", "environment_args", "config_args",
            "is_download", "download_args", "show_output", "tags", "model_args", "resource_config_args",
            "is_sklearn_model", "config_file_path", "is_dwc_connection_required");

    /**
     * Dictionaries every job file needs: the experiment to run in and what to run. Keys that only
     * take effect with another key, such as download_args without is_download, are warnings of
     * aml-args validate rather than errors, so this schema accepts them.
     */
    static final List<String> REQUIRED = List.of("experiment_args", "config_args");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WorkflowParameters() {}

    /** Returns the schemas of the plain parameters, by name. */
    static Map<String, ObjectNode> plain() {
        Map<String, ObjectNode> parameters = new LinkedHashMap<>();
        parameters.put("is_download", flag(
                "Whether the run's output files are downloaded after it ends, as download_args describes.", false));
        parameters.put("show_output", flag("Whether the run's log is streamed to the console while it runs.", true));
        parameters.put("tags", tags());
        parameters.put("is_sklearn_model", flag("Whether the registered model is a scikit-learn model.", false));
        parameters.put("config_file_path", NODES.objectNode()
                .put("type", "string")
                .put("description", "Local database connection file, copied as config.json into the run's snapshot; the source_directory itself is left unchanged."));
        parameters.put("is_dwc_connection_required", NODES.objectNode()
                .put("type", "boolean")
                .put("description", "Whether the run needs the database connection config; true requires config_file_path."));
        return parameters;
    }

    /** Returns the rule that {@code is_dwc_connection_required: true} needs {@code config_file_path}. */
    static ObjectNode connectionConfigRule() {
        ObjectNode rule = NODES.objectNode()
                .put("$comment", "DWC_CONNECTION_NEEDS_CONFIG: set config_file_path, or set is_dwc_connection_required to false");
        ObjectNode condition = rule.putObject("if");
        condition.putObject("properties").putObject("is_dwc_connection_required").put("const", true);
        condition.putArray("required").add("is_dwc_connection_required");
        rule.putObject("then").putArray("required").add("config_file_path");
        return rule;
    }

    private static ObjectNode flag(String description, boolean defaultValue) {
        return NODES.objectNode()
                .put("type", "boolean")
                .put("description", description)
                .put("default", defaultValue);
    }

    private static ObjectNode tags() {
        ObjectNode tags = NODES.objectNode().put("type", "object");
        tags.putObject("additionalProperties").put("type", "string");
        tags.put("description", "Tags set on the run.");
        return tags;
    }
}
