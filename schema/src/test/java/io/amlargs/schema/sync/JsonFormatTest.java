package io.amlargs.schema.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    @Test
    void committedSchemaRoundTrip() throws IOException {
        String committed = Files.readString(SyncFixtures.COMMITTED_SCHEMA);

        assertThat(JsonFormat.write(JsonFormat.read(committed))).isEqualTo(committed);
    }

    @Test
    void committedJobSchemaRoundTrip() throws IOException {
        String committed = Files.readString(SyncFixtures.COMMITTED_SCHEMA.resolveSibling(JobFileSchemaGenerator.FILE_NAME));

        assertThat(JsonFormat.write(JsonFormat.read(committed))).isEqualTo(committed);
    }

    @Test
    void layout() throws JsonProcessingException {
        String json = "{\"b\":1,\"a\":[true,null,\"x\"],\"empty\":{},\"none\":[],\"nested\":{\"pattern\":\"^a\\\\.b$\"}}";

        assertThat(JsonFormat.write(JsonFormat.read(json))).isEqualTo("""
            {
              "b": 1,
              "a": [
                true,
                null,
                "x"
              ],
              "empty": {},
              "none": [],
              "nested": {
                "pattern": "^a\\\\.b$"
              }
            }
            """);
    }

    @Test
    void scalarDocument() throws JsonProcessingException {
        assertThat(JsonFormat.write(JsonFormat.read("\"text\""))).isEqualTo("\"text\"\n");
    }

    @Test
    void fixtureSchemaRoundTrip() throws IOException {
        String fixture = SyncFixtures.text("base.schema.json");

        assertThat(JsonFormat.write(JsonFormat.read(fixture))).isEqualTo(fixture);
        assertThat(Path.of("src", "test", "resources", "sync", "base.schema.json")).exists();
    }
}
