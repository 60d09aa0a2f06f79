package io.amlargs.runtime.local;

import io.amlargs.args.ScriptRunConfigArgs;
import io.amlargs.args.ScriptRunConfigArgsValidator;
import io.amlargs.runtime.AzureMlNames;
import io.amlargs.runtime.backend.ComputeTarget;
import io.amlargs.runtime.backend.Environment;
import io.amlargs.runtime.backend.RunRequest;
import io.amlargs.validation.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a {@link RunRequest} into the {@link RunSpec} of a local run, checking what a local run needs. */
final class LocalRunRequests {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRunRequests.class);

    private LocalRunRequests() {
    }

    /**
     * Returns the spec of a local run of {@code request}.
     *
     * @param workingDirectory folder that relative paths resolve against
     * @param pythonExecutable interpreter that runs {@code config_args.script}
     * @param environmentVariables variables added to the run's environment
     * @throws io.amlargs.validation.ArgsValidationException if the arguments are invalid or name
     *     missing files, listing every violation
     */
    static RunSpec toRunSpec(RunRequest request, Path workingDirectory, String pythonExecutable,
            Map<String, String> environmentVariables) {
        ScriptRunConfigArgs configArgs = request.configArgs();
        Path sourceDirectory = workingDirectory.resolve(configArgs.sourceDirectory()).normalize();
        Path configFile = request.configFilePath() == null ? null : workingDirectory.resolve(request.configFilePath());

        List<Violation> violations = new ArrayList<>(ScriptRunConfigArgsValidator.validate(configArgs, "config_args"));
        AzureMlNames.checkExperimentName(request.experiment().name()).ifPresent(violations::add);
        checkPaths(configArgs, sourceDirectory, configFile, violations);
        ArgsChecks.requireNoErrors(violations);
        logIgnoredKeys(configArgs);

        // A record made with its constructor, not its builder, may lack the schema's defaults.
        ScriptRunConfigArgs resolved = configArgs.toBuilder().build();
        return new RunSpec(request.experiment().name(), sourceDirectory, command(resolved, pythonExecutable),
                Duration.ofSeconds(resolved.maxRunDurationSeconds()), configFile, request.tags(), recordedArgs(request),
                computeSummary(request.compute()), environmentSummary(request.environment()), environmentVariables,
                excludedFiles(request, workingDirectory));
    }

    private static Set<Path> excludedFiles(RunRequest request, Path workingDirectory) {
        return request.excludedFiles().stream()
                .map(file -> workingDirectory.resolve(file).toAbsolutePath().normalize())
                .collect(Collectors.toSet());
    }

    private static RunCommand command(ScriptRunConfigArgs configArgs, String pythonExecutable) {
        if (configArgs.command() != null) {
            return RunCommand.command(configArgs.command());
        }
        List<String> arguments = configArgs.arguments() == null ? List.of() : configArgs.arguments();
        return RunCommand.script(pythonExecutable, configArgs.script(), arguments);
    }

    private static void checkPaths(ScriptRunConfigArgs configArgs, Path sourceDirectory, Path configFile,
            List<Violation> violations) {
        if (!Files.isDirectory(sourceDirectory)) {
            violations.add(Violation.error(LocalViolationIds.PATH_NOT_FOUND, "config_args.source_directory",
                    "'" + configArgs.sourceDirectory() + "' is not a directory (resolved to " + sourceDirectory
                            + "): point source_directory at the folder that contains the script"));
        } else if (configArgs.script() != null) {
            Path script = sourceDirectory.resolve(configArgs.script()).normalize();
            if (!script.startsWith(sourceDirectory) || !Files.isRegularFile(script)) {
                violations.add(Violation.error(LocalViolationIds.SCRIPT_NOT_FOUND, "config_args.script",
                        "'" + configArgs.script() + "' is not a file inside source_directory " + sourceDirectory
                                + ": give the script's path relative to source_directory"));
            }
        }

        if (configFile != null && !Files.isRegularFile(configFile)) {
            violations.add(Violation.error(LocalViolationIds.PATH_NOT_FOUND, "config_file_path",
                    "'" + configFile + "' is not a file: point config_file_path at the DWC connection config.json"));
        }
    }

    private static void logIgnoredKeys(ScriptRunConfigArgs configArgs) {
        Map<String, Object> ignored = new LinkedHashMap<>();
        ignored.put("run_config", configArgs.runConfig());
        ignored.put("distributed_job_config", configArgs.distributedJobConfig());
        ignored.put("resume_from", configArgs.resumeFrom());
        ignored.put("docker_runtime_config", configArgs.dockerRuntimeConfig());

        ignored.forEach((key, value) -> {
            if (value != null) {
                LOG.warn("config_args.{} is ignored by the local backend, which runs a single local process",
                        key);
            }
        });
    }

    private static Map<String, Object> recordedArgs(RunRequest request) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("config_args", request.configArgs().toRedactedMap());
        args.put("show_output", request.showOutput());
        if (request.configFilePath() != null) {
            args.put("config_file_path", request.configFilePath().toString());
        }
        return args;
    }

    private static Map<String, Object> computeSummary(ComputeTarget compute) {
        if (compute == null) {
            return Map.of();
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("compute_type", compute.computeType());
        summary.put("compute_name", compute.name());
        summary.put("provisioned", compute.provisioned());
        summary.put("compute_args", compute.settings());
        return summary;
    }

    private static Map<String, Object> environmentSummary(Environment environment) {
        if (environment == null) {
            return Map.of();
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("environment_type", environment.environmentType());
        summary.put("name", environment.name());
        summary.put("built", environment.built());
        summary.put("environment_args", environment.settings());
        return summary;
    }
}
