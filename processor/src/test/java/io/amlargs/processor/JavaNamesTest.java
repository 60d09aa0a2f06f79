package io.amlargs.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.amlargs.processor.schema.JavaNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void snakeCaseBecomesCamelCase() {
        assertThat(JavaNames.componentNames(List.of("vm_size", "idle_seconds_before_scaledown", "kwargs")))
                .containsExactly("vmSize", "idleSecondsBeforeScaledown", "kwargs");
    }

    @Test
    void leadingUnderscoresAreDropped() {
        assertThat(JavaNames.componentNames(List.of("_cloud", "__workspace_id")))
                .containsExactly("cloud", "workspaceId");
    }

    @Test
    void internalKeyYieldsToPlainKey() {
        // the plain key keeps its name whichever comes first in the schema
        assertThat(JavaNames.componentNames(List.of("_cloud", "cloud"))).containsExactly("internalCloud", "cloud");
        assertThat(JavaNames.componentNames(List.of("cloud", "_cloud"))).containsExactly("cloud", "internalCloud");
    }

    @Test
    void keywordsAndGeneratedNamesGetSuffix() {
        assertThat(JavaNames.componentNames(List.of("default", "class", "path", "variant", "to_map")))
                .containsExactly("defaultValue", "classValue", "pathValue", "variantValue", "toMapValue");
    }

    @Test
    void otherCharactersSeparateWords() {
        assertThat(JavaNames.componentNames(List.of("memory-in-gb", "2fa", "_")))
                .containsExactly("memoryInGb", "key2fa", "key");
    }

    @Test
    void remainingClashIsReturnedForReport() {
        assertThat(JavaNames.componentNames(List.of("vm_size", "vm-size"))).containsExactly("vmSize", "vmSize");
    }

    @Test
    void constantNamesAreUpperSnakeCase() {
        assertThat(JavaNames.constantName("config_args")).isEqualTo("CONFIG_ARGS");
        assertThat(JavaNames.constantName("_cloud")).isEqualTo("CLOUD");
    }
}
