package io.amlargs.runtime.job;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Formats a job file may be written in, chosen by the file name's extension.
 *
 * <p>Both mappers reject a key written twice, which would otherwise keep only its last value.
 * Decimal numbers are read as {@link java.math.BigDecimal}, so a script argument such as
 * {@code 0.10} reaches the script as written and not as {@code 0.1}.
 */
enum JobFileFormat {
    YAML("YAML", YAMLMapper.builder()),
    JSON("JSON", JsonMapper.builder());

    private final String displayName;
    private final ObjectMapper mapper;

    JobFileFormat(String displayName, MapperBuilder<?, ?> builder) {
        this.displayName = displayName;
        this.mapper = builder
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Returns the format for {@code .yaml}, {@code .yml} or {@code .json}, in any letter case. */
    static Optional<JobFileFormat> of(Path file) {
        Path name = file.getFileName();
        String lowerCase = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lowerCase.endsWith(".yaml") || lowerCase.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (lowerCase.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    String displayName() {
        return displayName;
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
