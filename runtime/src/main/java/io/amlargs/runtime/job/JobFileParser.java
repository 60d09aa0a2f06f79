package io.amlargs.runtime.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.ValueText;
import io.amlargs.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a job file into its top-level mapping. Failures are returned as one violation whose path
 * is the file, because nothing inside the file can be read.
 */
final class JobFileParser {

    private static final TypeReference<Object> ANY = new TypeReference<>() {
    };

    private JobFileParser() {
    }

    static ReadResult<Map<String, Object>> parse(Path file) {
        String where = file.toString();
        JobFileFormat format = JobFileFormat.of(file).orElse(null);
        if (format == null) {
            return failure(JobViolationIds.UNSUPPORTED_FORMAT, where, "'" + file.getFileName()
                    + "' is not a job file name; name it *.yaml, *.yml or *.json");
        }
        if (!Files.isRegularFile(file)) {
            String problem = Files.isDirectory(file) ? "is a directory, not a file" : "not found";
            return failure(JobViolationIds.FILE_NOT_FOUND, where, "job file " + problem
                    + "; check the path (relative paths start at " + currentDirectory() + ")");
        }

        Object content;
        try {
            String text = Files.readString(file);
            content = text.isBlank() ? null : format.mapper().readValue(text, ANY);
        } catch (JsonProcessingException e) {
            return failure(JobViolationIds.INVALID_SYNTAX, where, "invalid " + format.displayName()
                    + location(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return failure(JobViolationIds.FILE_NOT_FOUND, where, "cannot read the job file: " + e.getMessage());
        }
        return topLevelMapping(content, where, format);
    }

    private static ReadResult<Map<String, Object>> topLevelMapping(Object content, String where, JobFileFormat format) {
        if (content == null) {
            return failure(JobViolationIds.INVALID_SYNTAX, where,
                    "the job file is empty; it needs at least experiment_args and config_args");
        }
        if (!(content instanceof Map<?, ?> entries)) {
            return failure(JobViolationIds.INVALID_SYNTAX, where, "the top level of the job file is "
                    + ValueText.kind(content) + ", not a mapping; write the workflow parameters as "
                    + format.displayName() + " keys, such as experiment_args");
        }

        Map<String, Object> mapping = new LinkedHashMap<>();
        entries.forEach((key, value) -> mapping.put(String.valueOf(key), value));
        return ReadResult.of(mapping, List.of());
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static Path currentDirectory() {
        return Path.of("").toAbsolutePath();
    }

    private static ReadResult<Map<String, Object>> failure(String id, String where, String message) {
        return new ReadResult<>(null, List.of(Violation.error(id, where, message)));
    }
}
