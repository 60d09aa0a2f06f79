package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SklearnVersionProbeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path modules;

    @Test
    void installedModuleVersionFound() throws IOException {
        writeModule("__version__ = '1.4.2'\n");

        SklearnVersionProbe probe = new SklearnVersionProbe("python3", Map.of("PYTHONPATH", modules.toString()), TIMEOUT);

        assertThat(probe.version()).contains("1.4.2");
    }

    @Test
    void moduleFailingImportGivesEmpty() throws IOException {
        // Shadows any real scikit-learn, so the result does not depend on the machine.
        writeModule("raise ImportError('scikit-learn is not installed')\n");

        SklearnVersionProbe probe = new SklearnVersionProbe("python3", Map.of("PYTHONPATH", modules.toString()), TIMEOUT);

        assertThat(probe.version()).isEmpty();
    }

    @Test
    void missingInterpreterGivesEmpty() {
        SklearnVersionProbe probe = new SklearnVersionProbe("aml-args-no-such-python", Map.of(), TIMEOUT);

        assertThat(probe.version()).isEmpty();
    }

    private void writeModule(String content) throws IOException {
        Path module = Files.createDirectories(modules.resolve("sklearn"));
        Files.writeString(module.resolve("__init__.py"), content);
    }
}
