package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.amlargs.runtime.ModelVersion;
import io.amlargs.runtime.ResourceConfiguration;
import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFilesTest {

    private static final String SECRET = "s3cret-Passw0rd";

    private static final Instant START = Instant.parse("2024-06-10T08:15:30.123Z");

    private static final Instant END = Instant.parse("2024-06-10T08:16:00Z");

    @TempDir
    Path directory;

    @Test
    void runRecordRoundTrips() throws Exception {
        RunRecord record = completedRecord(redactedArgs());
        Path file = directory.resolve("run.json");

        JsonFiles.writeAtomically(file, record);

        assertThat(JsonFiles.read(file, RunRecord.class)).isEqualTo(record);
    }

    @Test
    void runRecordUsesAzureNamesAndIsoTimes() throws Exception {
        Path file = directory.resolve("run.json");

        JsonFiles.writeAtomically(file, completedRecord(redactedArgs()));

        JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(json.get("status").asText()).isEqualTo("Completed");
        assertThat(json.get("startTime").asText()).isEqualTo("2024-06-10T08:15:30.123Z");
        assertThat(json.get("endTime").asText()).isEqualTo("2024-06-10T08:16:00Z");
        assertThat(json.get("durationSeconds").asDouble()).isEqualTo(29.877);
        assertThat(json.get("backend").asText()).isEqualTo("local");
        assertThat(json.at("/args/compute_args/vm_size").asText()).isEqualTo("Standard_DS3_v2");
    }

    @Test
    void redactedSecretNeverWritten() throws Exception {
        Path file = directory.resolve("run.json");
        RunRecord record = completedRecord(redactedArgs());

        JsonFiles.writeAtomically(file, record);

        assertThat(file).content().doesNotContain(SECRET).contains("\"admin_user_password\" : \"<redacted>\"");
        assertThat(record.toString()).doesNotContain(SECRET).contains("admin_user_password=<redacted>");
    }

    @Test
    void writerStoresArgsAsGiven() throws Exception {
        Map<String, Object> unredacted = Map.of("compute_args", Map.of("admin_user_password", SECRET));
        Path file = directory.resolve("run.json");

        JsonFiles.writeAtomically(file, completedRecord(unredacted));

        // Redaction is the caller's job: the writer neither rejects nor changes what it is given.
        assertThat(file).content().contains(SECRET);
    }

    @Test
    void rewriteLeavesOnlyRecordFile() throws Exception {
        Path file = directory.resolve("run.json");

        JsonFiles.writeAtomically(file, completedRecord(Map.of()));
        JsonFiles.writeAtomically(file, completedRecord(redactedArgs()));

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(JsonFiles.read(file, RunRecord.class).args()).isEqualTo(redactedArgs());
    }

    @Test
    void modelVersionRoundTrips() throws Exception {
        ModelVersion model = new ModelVersion("iris-classifier", 2, "iris_1718000000_0a1b2c3d", "iris",
                "outputs/model.pkl", Map.of("data", "iris.csv"), Map.of("accuracy", "0.97"), "Iris classifier",
                "ScikitLearn", "1.4.2", List.of(Map.of("relationship", "training", "dataset", Map.of("name", "iris"))),
                Map.of("name", "iris-sample", "version", 1), null, new ResourceConfiguration(0.5, 1.5, 0),
                Map.of("child_paths", List.of("a")), START, List.of("files/model.pkl"));
        Path file = directory.resolve("model.json");

        JsonFiles.writeAtomically(file, model);

        assertThat(JsonFiles.read(file, ModelVersion.class)).isEqualTo(model);
    }

    private static RunRecord completedRecord(Map<String, Object> args) {
        return new RunRecord("iris_1718000000_0a1b2c3d", "iris", RunStatus.COMPLETED, 0, START, END, 29.877,
                Map.of("sample", "iris"), null, args, Map.of("compute_type", "AmlComputeCluster"),
                Map.of("environment_type", "CondaPackageEnvironment"), "local");
    }

    private static Map<String, Object> redactedArgs() {
        Map<String, Object> computeArgs = new LinkedHashMap<>();
        computeArgs.put("compute_name", "cpu-cluster");
        computeArgs.put("vm_size", "Standard_DS3_v2");
        computeArgs.put("admin_user_password", "<redacted>");
        return Map.of("compute_args", computeArgs);
    }
}
