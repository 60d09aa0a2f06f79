package io.amlargs.runtime.job;

import io.amlargs.args.ArgsCatalog;
import io.amlargs.args.ComputeArgs;
import io.amlargs.args.DownloadArgs;
import io.amlargs.args.EnvironmentArgs;
import io.amlargs.args.ExperimentArgs;
import io.amlargs.args.ModelArgs;
import io.amlargs.args.ResourceConfigArgs;
import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.args.WorkspaceArgs;
import io.amlargs.catalog.ArgsKey;
import io.amlargs.validation.ArgPaths;
import io.amlargs.validation.MapReader;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Violation;
import io.amlargs.validation.ViolationIds;
import io.amlargs.validation.Violations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a job file (YAML or JSON, chosen by the extension) into a {@link JobDefinition}.
 *
 * <p>Every violation is collected before the result is returned: unknown top-level keys with a
 * suggestion, each argument dictionary read by its generated reader (so each error has its path,
 * such as {@code compute_args.max_nodes}), local paths that do not exist, the rules between
 * parameters, and the Azure ML naming and artifact path rules that a backend would otherwise apply
 * only after the run has started. Relative paths ({@code config_args.source_directory},
 * {@code config_file_path}, {@code environment_args.file_path},
 * {@code environment_args.pip_wheel_files}) resolve against the job file's folder. Loading only
 * reads: it creates, changes and copies nothing.
 */
public final class JobFileLoader {

    private static final Logger LOG = LoggerFactory.getLogger(JobFileLoader.class);

    private static final String OWNER = "a job file";

    private final Path jobFile;
    private final LocalPathResolver paths;
    private final List<Violation> violations = new ArrayList<>();

    private JobFileLoader(Path jobFile) {
        this.jobFile = jobFile;
        this.paths = new LocalPathResolver(jobFile.getParent());
    }

    /**
     * Loads and validates {@code jobFile}.
     *
     * @return the job with every warning, or no value and every error and warning found
     */
    public static ReadResult<JobDefinition> load(Path jobFile) {
        Path file = jobFile.toAbsolutePath().normalize();
        ReadResult<Map<String, Object>> parsed = JobFileParser.parse(file);
        if (parsed.hasErrors()) {
            return new ReadResult<>(null, parsed.violations());
        }

        ReadResult<JobDefinition> result = new JobFileLoader(file).read(parsed.value());
        LOG.debug("Loaded job file {}: {} errors, {} warnings",
                file, result.errors().size(), result.warnings().size());
        return result;
    }

    private ReadResult<JobDefinition> read(Map<String, Object> raw) {
        Map<String, Object> job = resolvePaths(raw);
        MapReader reader = MapReader.open(job, "", OWNER, JobKeys.ALL, Set.of());

        WorkspaceArgs workspace = reader.object(JobKeys.WORKSPACE_ARGS, WorkspaceArgs::read);
        ExperimentArgs experiment = requireObject(reader, JobKeys.EXPERIMENT_ARGS, "with at least name",
                ExperimentArgs::read);
        String computeType = reader.string(JobKeys.COMPUTE_TYPE);
        // Without its selector a dictionary's shape is unknown; JobRules reports the missing selector.
        ComputeArgs compute = computeType == null ? null : reader.object(JobKeys.COMPUTE_ARGS,
                (map, path) -> ComputeArgs.read(computeType, map, path));
        String environmentType = reader.string(JobKeys.ENVIRONMENT_TYPE);
        EnvironmentArgs environment = environmentType == null ? null : reader.object(JobKeys.ENVIRONMENT_ARGS,
                (map, path) -> EnvironmentArgs.read(environmentType, map, path));
        ScriptRunConfigArgs config = requireObject(reader, JobKeys.CONFIG_ARGS,
                "with source_directory and either script or command", ScriptRunConfigArgs::read);
        boolean isDownload = orDefault(reader.bool(JobKeys.IS_DOWNLOAD), false);
        DownloadArgs download = reader.object(JobKeys.DOWNLOAD_ARGS, DownloadArgs::read);
        boolean showOutput = orDefault(reader.bool(JobKeys.SHOW_OUTPUT), true);
        Map<String, String> tags = reader.stringMap(JobKeys.TAGS, true);
        ModelArgs model = reader.object(JobKeys.MODEL_ARGS, ModelArgs::read);
        ResourceConfigArgs resources = reader.object(JobKeys.RESOURCE_CONFIG_ARGS, ResourceConfigArgs::read);
        boolean isSklearnModel = orDefault(reader.bool(JobKeys.IS_SKLEARN_MODEL), false);
        String configFile = reader.string(JobKeys.CONFIG_FILE_PATH);
        boolean isDwcRequired = orDefault(reader.bool(JobKeys.IS_DWC_CONNECTION_REQUIRED), false);

        violations.addAll(reader.violations());
        violations.addAll(JobRules.check(raw));
        violations.addAll(NameAndPathRules.check(raw));
        List<Violation> ordered = ViolationOrder.byTopLevelKey(violations);
        if (Violations.hasErrors(ordered)) {
            return new ReadResult<>(null, ordered);
        }

        if (isDownload && download == null) {
            download = DownloadArgs.read(Map.of(), JobKeys.DOWNLOAD_ARGS).orThrow();
        }
        JobDefinition definition = new JobDefinition(workspace, experiment, computeType, compute,
                environmentType, environment, config, isDownload, download, showOutput, tags, model, resources,
                isSklearnModel, configFile == null ? null : Path.of(configFile), isDwcRequired, jobFile);
        return ReadResult.of(definition, ordered);
    }

    private Map<String, Object> resolvePaths(Map<String, Object> raw) {
        Map<String, Object> job = new LinkedHashMap<>(raw);
        resolveGroup(job, JobKeys.CONFIG_ARGS, ArgsCatalog.CONFIG_ARGS.keys());
        resolveVariant(job, JobKeys.ENVIRONMENT_TYPE, JobKeys.ENVIRONMENT_ARGS);
        if (job.get(JobKeys.CONFIG_FILE_PATH) != null) {
            job.put(JobKeys.CONFIG_FILE_PATH, paths.resolveValue(
                    job.get(JobKeys.CONFIG_FILE_PATH), LocalPathResolver.FILE, JobKeys.CONFIG_FILE_PATH));
        }

        if (job.get(JobKeys.CONFIG_ARGS) instanceof Map<?, ?> config) {
            paths.checkScript(config.get("source_directory"), config.get("script"),
                    ArgPaths.key(JobKeys.CONFIG_ARGS, "script"));
        }
        violations.addAll(paths.violations());
        return job;
    }

    private void resolveVariant(Map<String, Object> job, String selectorKey, String argsKey) {
        if (!(job.get(selectorKey) instanceof String selector)) {
            return;
        }
        ArgsCatalog.group(argsKey)
                .flatMap(group -> group.variant(selector))
                .ifPresent(variant -> resolveGroup(job, argsKey, variant.keys()));
    }

    private void resolveGroup(Map<String, Object> job, String argsKey, List<ArgsKey> keys) {
        if (job.get(argsKey) instanceof Map<?, ?> args && hasStringKeys(args)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) args;
            job.put(argsKey, paths.resolveKeys(typed, argsKey, keys));
        }
    }

    private <T> T requireObject(
            MapReader reader, String key, String content, BiFunction<Map<String, ?>, String, ReadResult<T>> read) {
        if (!reader.isSet(key)) {
            String message = key + " is missing; every job needs it, so add " + key + " " + content;
            violations.add(Violation.error(ViolationIds.MISSING_KEY, key, message));
        }
        return reader.object(key, read);
    }

    private static boolean hasStringKeys(Map<?, ?> map) {
        return map.keySet().stream().allMatch(String.class::isInstance);
    }

    private static boolean orDefault(Boolean value, boolean defaultValue) {
        return value == null ? defaultValue : value;
    }
}
