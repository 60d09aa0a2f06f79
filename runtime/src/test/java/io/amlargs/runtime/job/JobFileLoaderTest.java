package io.amlargs.runtime.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.amlargs.args.AmlComputeClusterArgs;
import io.amlargs.args.CondaSpecificationEnvironmentArgs;
import io.amlargs.runtime.ArtifactPaths;
import io.amlargs.runtime.AzureMlNames;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Violation;
import io.amlargs.validation.ViolationIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileLoaderTest {

    private static final String MINIMAL_JOB = """
            experiment_args:
              name: iris
            config_args:
              source_directory: src
              script: train.py
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void createSource() throws IOException {
        Files.createDirectories(folder.resolve("src"));
        Files.writeString(folder.resolve("src/train.py"), "print('training')\n");
    }

    @Test
    void threeMistakesAreAllReported() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                compute_type: AmlComputeCluster
                compute_args:
                  compute_name: cpu-cluster
                  min_nodes: 3
                  max_nodes: 2
                config_args:
                  source_directory: src
                  script: train.py
                is_download: "yes"
                show_outptu: true
                """);

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Violation::id, Violation::path).containsExactly(
                tuple(ViolationIds.UNKNOWN_KEY, "show_outptu"),
                tuple("MIN_NODES_LE_MAX_NODES", "compute_args.min_nodes"),
                tuple(ViolationIds.WRONG_TYPE, "is_download"));
        assertThat(result.errors().get(0).message()).contains("did you mean 'show_output'?");
        assertThat(result.errors().get(2).message()).contains("'yes'");
    }

    @Test
    void validYamlJobLoadsEveryParameter() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                compute_type: AmlComputeCluster
                compute_args:
                  compute_name: cpu-cluster
                  max_nodes: 2
                environment_type: CondaPackageEnvironment
                environment_args:
                  name: iris-env
                  python_version: "3.11"
                config_args:
                  source_directory: src
                  script: train.py
                  arguments: [--seed, 42, --test-fraction, 0.30, --verbose, true, "two words"]
                is_download: true
                show_output: false
                tags:
                  team: vision
                model_args:
                  model_name: iris-classifier
                  model_path: outputs/model.json
                resource_config_args:
                  cpu: 0.5
                is_sklearn_model: false
                """);

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.violations()).isEmpty();
        JobDefinition definition = result.value();
        assertThat(definition.hasWorkspace()).isFalse();
        assertThat(definition.experimentArgs().name()).isEqualTo("iris");
        assertThat(definition.computeType()).isEqualTo("AmlComputeCluster");
        assertThat(definition.computeArgs()).isInstanceOf(AmlComputeClusterArgs.class);
        assertThat(((AmlComputeClusterArgs) definition.computeArgs()).maxNodes()).isEqualTo(2);
        assertThat(definition.environmentType()).isEqualTo("CondaPackageEnvironment");
        assertThat(definition.configArgs().sourceDirectory()).isEqualTo(folder.resolve("src").toString());
        assertThat(definition.configArgs().arguments())
                .containsExactly("--seed", "42", "--test-fraction", "0.30", "--verbose", "true", "two words");
        assertThat(definition.isDownload()).isTrue();
        assertThat(definition.downloadArgs().prefix()).isEqualTo("outputs");
        assertThat(definition.showOutput()).isFalse();
        assertThat(definition.tags()).containsExactly(Map.entry("team", "vision"));
        assertThat(definition.modelArgs().modelName()).isEqualTo("iris-classifier");
        assertThat(definition.resourceConfigArgs().cpu()).isEqualTo(0.5);
        assertThat(definition.isSklearnModel()).isFalse();
        assertThat(definition.configFilePath()).isNull();
        assertThat(definition.isDwcConnectionRequired()).isFalse();
    }

    @Test
    void jsonJobLoadsLikeYaml() throws IOException {
        Path job = write("job.json", """
                {
                  "experiment_args": {"name": "iris"},
                  "config_args": {"source_directory": "src", "script": "train.py", "arguments": ["--seed", 7]},
                  "show_output": true
                }
                """);

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.violations()).isEmpty();
        assertThat(result.value().experimentArgs().name()).isEqualTo("iris");
        assertThat(result.value().configArgs().arguments()).containsExactly("--seed", "7");
        assertThat(result.value().isDownload()).isFalse();
        assertThat(result.value().downloadArgs()).isNull();
    }

    @Test
    void jsonJobReportsPathsLikeYaml() throws IOException {
        Path job = write("job.json", """
                {
                  "experiment_args": {"name": "iris", "kwarg": {}},
                  "config_args": {"source_directory": "missing", "script": "train.py"}
                }
                """);

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.errors()).extracting(Violation::path)
                .containsExactly("experiment_args.kwarg", "config_args.source_directory");
    }

    @Test
    void defaultsApplyToMinimalJob() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yml", MINIMAL_JOB));

        JobDefinition definition = result.value();
        assertThat(result.violations()).isEmpty();
        assertThat(definition.isDownload()).isFalse();
        assertThat(definition.showOutput()).isTrue();
        assertThat(definition.isSklearnModel()).isFalse();
        assertThat(definition.isDwcConnectionRequired()).isFalse();
        assertThat(definition.tags()).isEmpty();
        assertThat(definition.computeArgs()).isNull();
        assertThat(definition.environmentArgs()).isNull();
        assertThat(definition.modelArgs()).isNull();
    }

    @Test
    void downloadWithoutArgsUsesDefaults() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + "is_download: true\n"));

        assertThat(result.violations()).isEmpty();
        assertThat(result.value().downloadArgs()).isNotNull();
        assertThat(result.value().downloadArgs().prefix()).isEqualTo("outputs");
        assertThat(result.value().downloadArgs().batchSize()).isEqualTo(100);
        assertThat(result.value().downloadArgs().outputDirectory()).isNull();
    }

    @Test
    void missingRequiredParametersAreReported() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", "show_output: true\n"));

        assertThat(result.errors()).extracting(Violation::id, Violation::path).containsExactly(
                tuple(ViolationIds.MISSING_KEY, "experiment_args"),
                tuple(ViolationIds.MISSING_KEY, "config_args"));
        assertThat(result.errors().get(1).message()).contains("source_directory");
    }

    @Test
    void computeTypeWithoutComputeArgsIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml",
                MINIMAL_JOB + "compute_type: AmlComputeCluster\n"));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.SELECTOR_MISMATCH);
            assertThat(error.path()).isEqualTo("compute_args");
            assertThat(error.message()).contains("compute_type").contains("compute_args");
        });
    }

    @Test
    void computeArgsWithoutComputeTypeIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml",
                MINIMAL_JOB + "compute_args:\n  compute_name: cpu-cluster\n"));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.SELECTOR_MISMATCH);
            assertThat(error.path()).isEqualTo("compute_type");
            assertThat(error.message()).contains("compute_type").contains("compute_args");
        });
    }

    @Test
    void environmentTypeWithoutArgsIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml",
                MINIMAL_JOB + "environment_type: CondaPackageEnvironment\n"));

        assertThat(result.errors()).extracting(Violation::id, Violation::path)
                .containsExactly(tuple(
                        JobViolationIds.SELECTOR_MISMATCH, "environment_args"));
    }

    @Test
    void unknownComputeTypeIsReported() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + """
                compute_type: AmlComputeClustr
                compute_args:
                  compute_name: cpu-cluster
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(ViolationIds.UNKNOWN_VARIANT);
            assertThat(error.message()).contains("AmlComputeCluster");
        });
    }

    @Test
    void sklearnModelWithOtherFrameworkIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + """
                model_args:
                  model_name: iris-classifier
                  model_framework: TensorFlow
                is_sklearn_model: true
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.SKLEARN_FRAMEWORK_CONFLICT);
            assertThat(error.path()).isEqualTo("model_args.model_framework");
            assertThat(error.message()).contains("'TensorFlow'").contains("is_sklearn_model");
        });
    }

    @Test
    void sklearnModelWithScikitLearnFrameworkLoads() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + """
                model_args:
                  model_name: iris-classifier
                  model_framework: ScikitLearn
                is_sklearn_model: true
                """));

        assertThat(result.violations()).isEmpty();
        assertThat(result.value().isSklearnModel()).isTrue();
        assertThat(result.value().modelArgs().modelFramework()).isEqualTo("ScikitLearn");
    }

    @Test
    void sklearnModelWithoutModelArgsWarns() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + "is_sklearn_model: true\n"));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).extracting(Violation::id, Violation::path)
                .containsExactly(tuple(JobViolationIds.IGNORED_KEY, "is_sklearn_model"));
    }

    @Test
    void resourcesWithoutModelWarns() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml",
                MINIMAL_JOB + "resource_config_args:\n  cpu: 1\n"));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.id()).isEqualTo(JobViolationIds.IGNORED_KEY);
            assertThat(warning.path()).isEqualTo("resource_config_args");
            assertThat(warning.message()).contains("model_args");
        });
    }

    @Test
    void dwcConnectionWithoutConfigFileIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml",
                MINIMAL_JOB + "is_dwc_connection_required: true\n"));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.DWC_CONNECTION_NEEDS_CONFIG);
            assertThat(error.path()).isEqualTo("config_file_path");
        });
    }

    @Test
    void configFilePathResolvesAgainstJobFolder() throws IOException {
        Files.createDirectories(folder.resolve("secrets"));
        Files.writeString(folder.resolve("secrets/dwc.json"), "{}\n");

        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + """
                is_dwc_connection_required: true
                config_file_path: secrets/dwc.json
                """));

        assertThat(result.violations()).isEmpty();
        assertThat(result.value().configFilePath()).isEqualTo(folder.resolve("secrets/dwc.json"));
        assertThat(result.value().configFilePath()).isAbsolute();
    }

    @Test
    void missingConfigFileIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml",
                MINIMAL_JOB + "config_file_path: dwc.json\n"));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.PATH_NOT_FOUND);
            assertThat(error.path()).isEqualTo("config_file_path");
            assertThat(error.message()).contains("'dwc.json'").contains(folder.toString());
        });
    }

    @Test
    void loadingWritesNothing() throws IOException {
        Files.writeString(folder.resolve("dwc.json"), "{}\n");
        Path job = write("job.yaml", MINIMAL_JOB + "config_file_path: dwc.json\nis_download: true\n");
        List<Path> before = listTree();

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.hasErrors()).isFalse();
        assertThat(listTree()).isEqualTo(before);
        assertThat(folder.resolve("src/config.json")).doesNotExist();
    }

    @Test
    void sourceDirectoryResolvesAgainstJobFolder() throws IOException {
        Path job = write("jobs/nested/job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: ../../src
                  script: train.py
                """);

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.violations()).isEmpty();
        assertThat(result.value().configArgs().sourceDirectory()).isEqualTo(folder.resolve("src").toString());
    }

    @Test
    void missingSourceDirectoryIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: scripts
                  script: train.py
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.PATH_NOT_FOUND);
            assertThat(error.path()).isEqualTo("config_args.source_directory");
            assertThat(error.message()).contains("'scripts'").contains(folder.resolve("scripts").toString());
        });
    }

    @Test
    void sourceDirectoryThatIsFileIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: src/train.py
                  script: train.py
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("config_args.source_directory");
            assertThat(error.message()).contains("is a file, not a directory");
        });
    }

    @Test
    void missingScriptIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: src
                  script: trian.py
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.SCRIPT_NOT_FOUND);
            assertThat(error.path()).isEqualTo("config_args.script");
            assertThat(error.message()).contains("'trian.py'");
        });
    }

    @Test
    void scriptOutsideSourceDirectoryIsError() throws IOException {
        Files.writeString(folder.resolve("outside.py"), "print('outside')\n");

        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: src
                  script: ../outside.py
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.SCRIPT_NOT_FOUND);
            assertThat(error.message()).contains("outside config_args.source_directory");
        });
    }

    @Test
    void condaSpecificationPathsResolve() throws IOException {
        Files.writeString(folder.resolve("conda.yaml"), "name: iris\n");
        Files.writeString(folder.resolve("tools-1.0-py3-none-any.whl"), "wheel");

        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + """
                environment_type: CondaSpecificationEnvironment
                environment_args:
                  name: iris-env
                  file_path: conda.yaml
                  pip_wheel_files: [tools-1.0-py3-none-any.whl]
                """));

        assertThat(result.violations()).isEmpty();
        CondaSpecificationEnvironmentArgs environment =
                (CondaSpecificationEnvironmentArgs) result.value().environmentArgs();
        assertThat(environment.filePath()).isEqualTo(folder.resolve("conda.yaml").toString());
        assertThat(environment.pipWheelFiles())
                .containsExactly(folder.resolve("tools-1.0-py3-none-any.whl").toString());
    }

    @Test
    void missingWheelIsReportedByPosition() throws IOException {
        Files.writeString(folder.resolve("conda.yaml"), "name: iris\n");
        Files.writeString(folder.resolve("a.whl"), "wheel");

        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + """
                environment_type: CondaSpecificationEnvironment
                environment_args:
                  name: iris-env
                  file_path: missing.yaml
                  pip_wheel_files: [a.whl, b.whl]
                """));

        assertThat(result.errors()).extracting(Violation::id, Violation::path).containsExactly(
                tuple(JobViolationIds.PATH_NOT_FOUND, "environment_args.file_path"),
                tuple(JobViolationIds.PATH_NOT_FOUND, "environment_args.pip_wheel_files[1]"));
    }

    @Test
    void mappingInArgumentsIsReportedByPosition() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: src
                  script: train.py
                  arguments: [--a, 1, --b, 2, --c, 3, --data, {dataset: iris}, --list, [1, 2]]
                """));

        assertThat(result.errors()).extracting(Violation::id, Violation::path).containsExactly(
                tuple(ViolationIds.INVALID_ITEM, "config_args.arguments[7]"),
                tuple(ViolationIds.INVALID_ITEM, "config_args.arguments[9]"));
    }

    @Test
    void downloadArgsWithoutDownloadWarns() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml",
                MINIMAL_JOB + "download_args:\n  prefix: outputs\n"));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).extracting(Violation::id, Violation::path)
                .containsExactly(tuple(JobViolationIds.IGNORED_KEY, "download_args"));
    }

    @Test
    void schemaWarningsReachTheResult() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + """
                environment_type: CondaPackageEnvironment
                environment_args:
                  name: iris-env
                  python_version: "3.6.2"
                """));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).extracting(Violation::path)
                .containsExactly("environment_args.python_version");
    }

    @Test
    void unquotedPythonVersionIsWrongType() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", MINIMAL_JOB + """
                environment_type: CondaPackageEnvironment
                environment_args:
                  name: iris-env
                  python_version: 3.10
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(ViolationIds.WRONG_TYPE);
            assertThat(error.path()).isEqualTo("environment_args.python_version");
            assertThat(error.message()).contains("'3.10'").contains("quotes");
        });
    }

    @Test
    void badOutputPathsAreReportedByPosition() throws IOException {
        Path job = write("job.yaml", MINIMAL_JOB + """
                is_download: true
                download_args:
                  output_paths: [/tmp/abs.json, ../up.json, "", a.json, ./a.json, a.json]
                """);

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Violation::id, Violation::path, Violation::message).containsExactly(
                tuple(ViolationIds.DUPLICATE_ITEM, "download_args.output_paths[5]",
                        "'a.json' appears more than once, but the items must be unique; remove the duplicate"),
                tuple(ArtifactPaths.INVALID_OUTPUT_PATH, "download_args.output_paths[0]",
                        "'/tmp/abs.json' is absolute; give a file path inside output_directory, such as model/weights.bin"),
                tuple(ArtifactPaths.INVALID_OUTPUT_PATH, "download_args.output_paths[1]",
                        "'../up.json' contains '..'; give a file path inside output_directory, such as model/weights.bin"),
                tuple(ArtifactPaths.INVALID_OUTPUT_PATH, "download_args.output_paths[2]",
                        "'' is empty; give a file path inside output_directory, such as model/weights.bin"),
                tuple(ArtifactPaths.DUPLICATE_OUTPUT_PATH, "download_args.output_paths[4]",
                        "'./a.json' names the same file as output_paths[3] 'a.json'; give each artifact its own path"));
    }

    @Test
    void badModelNameAndPathAreReported() throws IOException {
        Path job = write("job.yaml", MINIMAL_JOB + """
                model_args:
                  model_name: "bad name!/x"
                  model_path: ../model.pkl
                """);

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.errors()).extracting(Violation::id, Violation::path).containsExactly(
                tuple(AzureMlNames.INVALID_MODEL_NAME, "model_args.model_name"),
                tuple(ArtifactPaths.INVALID_MODEL_PATH, "model_args.model_path"));
        assertThat(result.errors().get(0).message()).contains("'bad name!/x'").contains("letters, digits");
        assertThat(result.errors().get(1).message()).contains("'../model.pkl' contains '..'");
    }

    @Test
    void absoluteModelPathIsError() throws IOException {
        Path job = write("job.yaml", MINIMAL_JOB + "model_args:\n  model_name: m\n  model_path: /etc/passwd\n");

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(ArtifactPaths.INVALID_MODEL_PATH);
            assertThat(error.message()).contains("'/etc/passwd' is absolute");
        });
    }

    @Test
    void badExperimentNamesAreReported() throws IOException {
        for (String name : List.of("bad name with spaces!", "../../escape")) {
            Path job = write("job.yaml", MINIMAL_JOB.replace("name: iris", "name: \"" + name + "\""));

            ReadResult<JobDefinition> result = JobFileLoader.load(job);

            assertThat(result.errors()).as(name).singleElement().satisfies(error -> {
                assertThat(error.id()).isEqualTo(AzureMlNames.INVALID_EXPERIMENT_NAME);
                assertThat(error.path()).isEqualTo("experiment_args.name");
                assertThat(error.message()).contains("'" + name + "'");
            });
        }
    }

    @Test
    void wrongTypedNameGetsOnlyTypeError() throws IOException {
        Path job = write("job.yaml", MINIMAL_JOB.replace("name: iris", "name: [iris]"));

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.errors()).extracting(Violation::id).containsExactly(ViolationIds.WRONG_TYPE);
    }

    @Test
    void commandOfWrongTypeGetsOnlyTypeError() throws IOException {
        Path job = write("job.yaml", """
                experiment_args:
                  name: iris
                config_args:
                  source_directory: src
                  command: {python: train.py}
                """);

        ReadResult<JobDefinition> result = JobFileLoader.load(job);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(ViolationIds.WRONG_TYPE);
            assertThat(error.path()).isEqualTo("config_args.command");
        });
    }

    @Test
    void unsupportedExtensionIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.txt", MINIMAL_JOB));

        assertThat(result.errors()).extracting(Violation::id).containsExactly(JobViolationIds.UNSUPPORTED_FORMAT);
        assertThat(result.errors().get(0).message()).contains(".yaml").contains(".json");
    }

    @Test
    void missingJobFileIsError() {
        ReadResult<JobDefinition> result = JobFileLoader.load(folder.resolve("absent.yaml"));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.FILE_NOT_FOUND);
            assertThat(error.path()).endsWith("absent.yaml");
        });
    }

    @Test
    void invalidYamlReportsLine() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", """
                experiment_args:
                  name: iris
                config_args: [unclosed
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.INVALID_SYNTAX);
            assertThat(error.message()).contains("invalid YAML").contains("line");
        });
    }

    @Test
    void duplicateKeyIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.json", """
                {"experiment_args": {"name": "a"}, "experiment_args": {"name": "b"}}
                """));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.id()).isEqualTo(JobViolationIds.INVALID_SYNTAX);
            assertThat(error.message()).contains("invalid JSON").contains("experiment_args");
        });
    }

    @Test
    void emptyFileIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", ""));

        assertThat(result.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("empty"));
    }

    @Test
    void topLevelListIsError() throws IOException {
        ReadResult<JobDefinition> result = JobFileLoader.load(write("job.yaml", "- experiment_args\n"));

        assertThat(result.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("a list, not a mapping"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private List<Path> listTree() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.sorted().toList();
        }
    }
}
