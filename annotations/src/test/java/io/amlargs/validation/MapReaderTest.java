package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MapReaderTest {

    private static final List<String> KEYS = List.of(
            "vm_size", "max_nodes", "cpu", "show_output", "arguments", "command", "tags", "kwargs",
            "admin_user_password", "auth", "datasets");

    private static MapReader open(Map<String, ?> map) {
        return MapReader.open(map, "compute_args", "compute_args (AmlComputeCluster)", KEYS,
                Set.of("admin_user_password"));
    }

    @Test
    void unknownKeyIsReportedWithSuggestion() {
        MapReader reader = open(Map.of("vm_sizee", "Standard_D2_v3"));

        assertThat(reader.violations()).singleElement().hasToString(
                "[UNKNOWN_KEY] compute_args.vm_sizee: 'vm_sizee' is not a key of compute_args (AmlComputeCluster);"
                        + " did you mean 'vm_size'?");
    }

    @Test
    void unknownKeyWithoutNearKeyAsksToRemoveIt() {
        MapReader reader = open(Map.of("region", "westeurope"));

        assertThat(reader.violations()).singleElement()
                .extracting(Violation::message)
                .isEqualTo("'region' is not a key of compute_args (AmlComputeCluster); remove it or check its spelling");
    }

    @Test
    void scalarsAreReadByType() {
        Map<String, Object> map = Map.of("vm_size", "STANDARD_D2_V3", "max_nodes", 4L, "cpu", 1, "show_output", false);
        MapReader reader = open(map);

        assertThat(reader.string("vm_size")).isEqualTo("STANDARD_D2_V3");
        assertThat(reader.integer("max_nodes")).isEqualTo(4);
        assertThat(reader.number("cpu")).isEqualTo(1.0);
        assertThat(reader.bool("show_output")).isFalse();
        assertThat(reader.violations()).isEmpty();
    }

    @Test
    void absentAndNullKeysReadAsNull() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("max_nodes", null);
        MapReader reader = open(map);

        assertThat(reader.integer("max_nodes")).isNull();
        assertThat(reader.string("vm_size")).isNull();
        assertThat(reader.isSet("max_nodes")).isFalse();
        assertThat(reader.violations()).isEmpty();
    }

    @Test
    void wrongTypesNameExpectedTypeAndValue() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("vm_size", 3);
        map.put("max_nodes", "four");
        map.put("cpu", "2");
        map.put("show_output", "true");
        MapReader reader = open(map);

        reader.string("vm_size");
        reader.integer("max_nodes");
        reader.number("cpu");
        reader.bool("show_output");

        assertThat(reader.violations()).extracting(Violation::toString).containsExactly(
                "[WRONG_TYPE] compute_args.vm_size: expected a string but got an integer '3';"
                        + " write the value in quotes, for example vm_size: \"3\"",
                "[WRONG_TYPE] compute_args.max_nodes: expected an integer but got a string 'four';"
                        + " change it to an integer",
                "[WRONG_TYPE] compute_args.cpu: expected a number but got a string '2'; write the value without quotes",
                "[WRONG_TYPE] compute_args.show_output: expected a boolean (true or false) but got a string 'true';"
                        + " write the value without quotes");
    }

    @Test
    void decimalForStringShowsQuotedExample() {
        MapReader reader = MapReader.open(Map.of("python_version", 3.10), "environment_args", "environment_args",
                List.of("python_version"), Set.of());

        assertThat(reader.string("python_version")).isNull();
        assertThat(reader.violations()).singleElement().hasToString(
                "[WRONG_TYPE] environment_args.python_version: expected a string but got a number '3.1';"
                        + " write the value in quotes, for example python_version: \"3.1\""
                        + " (an unquoted 3.10 reads as the number 3.1)");
    }

    @Test
    void exactDecimalForStringKeepsItsDigits() {
        MapReader reader = MapReader.open(Map.of("python_version", new BigDecimal("3.10")), "environment_args",
                "environment_args", List.of("python_version"), Set.of());

        reader.string("python_version");

        assertThat(reader.violations()).singleElement().extracting(Violation::message)
                .isEqualTo("expected a string but got a number '3.10';"
                        + " write the value in quotes, for example python_version: \"3.10\"");
    }

    @Test
    void booleanForStringShowsQuotedExample() {
        MapReader reader = open(Map.of("vm_size", true));

        reader.string("vm_size");

        assertThat(reader.violations()).singleElement().extracting(Violation::message)
                .isEqualTo("expected a string but got a boolean 'true';"
                        + " write the value in quotes, for example vm_size: \"true\"");
    }

    @Test
    void secretForStringHasNoExample() {
        MapReader reader = open(Map.of("admin_user_password", 12345));

        reader.string("admin_user_password");

        assertThat(reader.violations()).singleElement().extracting(Violation::message)
                .isEqualTo("expected a string but got an integer <redacted>; write the value in quotes");
    }

    @Test
    void fractionalIntegerIsWrongType() {
        MapReader reader = open(Map.of("max_nodes", 2.5));

        assertThat(reader.integer("max_nodes")).isNull();
        assertThat(reader.violations()).singleElement().extracting(Violation::id).isEqualTo(ViolationIds.WRONG_TYPE);
    }

    @Test
    void secretValueIsRedactedInMessages() {
        MapReader reader = open(Map.of("admin_user_password", 12345678));

        reader.string("admin_user_password");

        assertThat(reader.violations()).singleElement().extracting(Violation::message).asString()
                .contains("<redacted>")
                .doesNotContain("12345678");
    }

    @Test
    void scalarListItemsBecomeText() {
        MapReader reader = open(Map.of("arguments", List.of("--epochs", 3, "--lr", 0.5, "--fast", true)));

        assertThat(reader.stringList("arguments", true, StringForm.SHELL_WORDS, 0))
                .containsExactly("--epochs", "3", "--lr", "0.5", "--fast", "true");
        assertThat(reader.violations()).isEmpty();
    }

    @Test
    void nestedListItemIsInvalidAtItsIndex() {
        List<Object> arguments = Arrays.asList("--data", Map.of("name", "ds"), "--x", null);
        MapReader reader = open(Map.of("arguments", arguments));

        assertThat(reader.stringList("arguments", true, StringForm.SHELL_WORDS, 0)).isNull();
        assertThat(reader.violations()).extracting(Violation::id, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ViolationIds.INVALID_ITEM, "compute_args.arguments[1]"),
                org.assertj.core.groups.Tuple.tuple(ViolationIds.INVALID_ITEM, "compute_args.arguments[3]"));
    }

    @Test
    void strictListRejectsNumbers() {
        MapReader reader = open(Map.of("arguments", List.of("a", 1)));

        assertThat(reader.stringList("arguments", false, StringForm.NONE, 0)).isNull();
        assertThat(reader.violations()).singleElement().extracting(Violation::message)
                .isEqualTo("expected a string but got an integer '1'; replace or remove this item");
    }

    @Test
    void stringFormsTurnTextIntoList() {
        MapReader reader = open(Map.of("arguments", "--name 'my run' --epochs 3", "command", "ls -la | wc -l"));

        assertThat(reader.stringList("arguments", true, StringForm.SHELL_WORDS, 0))
                .containsExactly("--name", "my run", "--epochs", "3");
        assertThat(reader.stringList("command", true, StringForm.SHELL_COMMAND, 0))
                .containsExactly("/bin/sh", "-c", "ls -la | wc -l");
    }

    @Test
    void stringWithoutStringFormIsWrongType() {
        MapReader reader = open(Map.of("arguments", "--epochs 3"));

        assertThat(reader.stringList("arguments", true, StringForm.NONE, 0)).isNull();
        assertThat(reader.violations()).singleElement().extracting(Violation::message)
                .isEqualTo("expected a list but got a string '--epochs 3'; change it to a list");
    }

    @Test
    void unclosedQuoteIsInvalidShellWords() {
        MapReader reader = open(Map.of("arguments", "--name 'my run"));

        assertThat(reader.stringList("arguments", true, StringForm.SHELL_WORDS, 0)).isNull();
        assertThat(reader.violations()).singleElement().hasToString(
                "[INVALID_SHELL_WORDS] compute_args.arguments: cannot split '--name 'my run' into shell words:"
                        + " single quote at index 7 is not closed; close the quote or give the words as a list");
    }

    @Test
    void stringMapRejectsNonStringValueAtItsKey() {
        MapReader reader = open(Map.of("tags", Map.of("owner", 7)));

        assertThat(reader.stringMap("tags", false)).isNull();
        assertThat(reader.violations()).singleElement().extracting(Violation::path).isEqualTo("compute_args.tags.owner");
    }

    @Test
    void objectMapKeepsOrderAndNestedValues() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("z", List.of(1, 2));
        kwargs.put("a", Map.of("b", "c"));
        MapReader reader = open(Map.of("kwargs", kwargs));

        assertThat(reader.objectMap("kwargs")).containsExactlyEntriesOf(kwargs);
    }

    @Test
    void mappingWithNonStringKeyIsWrongType() {
        MapReader reader = open(Map.of("kwargs", Map.of(1, "x")));

        assertThat(reader.objectMap("kwargs")).isNull();
        assertThat(reader.violations()).singleElement().extracting(Violation::message)
                .isEqualTo("expected a mapping with string keys but got a mapping '{1=x}';"
                        + " change it to a mapping with string keys");
    }

    @Test
    void nestedObjectViolationsKeepTheirPath() {
        MapReader reader = open(Map.of("auth", Map.of("tenant_id", 5)));

        String value = reader.object("auth", (map, path) -> {
            MapReader nested = MapReader.open(map, path, "auth", List.of("tenant_id"), Set.of());
            nested.string("tenant_id");
            return new ReadResult<>(null, nested.violations());
        });

        assertThat(value).isNull();
        assertThat(reader.violations()).singleElement().extracting(Violation::path)
                .isEqualTo("compute_args.auth.tenant_id");
    }

    @Test
    void objectListReadsEveryItem() {
        MapReader reader = open(Map.of("datasets", List.of(Map.of("name", "a"), "b", Map.of("name", "c"))));

        List<String> names = reader.objectList("datasets", (map, path) -> ReadResult.of((String) map.get("name"), List.of()));

        assertThat(names).isNull();
        assertThat(reader.violations()).singleElement().extracting(Violation::path)
                .isEqualTo("compute_args.datasets[1]");
    }

    @Test
    void stringMapConvertsScalarValuesWhenAllowed() {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("owner", "ml-team");
        tags.put("epochs", 3);
        tags.put("gpu", true);
        MapReader reader = open(Map.of("tags", tags));

        assertThat(reader.stringMap("tags", true)).containsExactly(
                Map.entry("owner", "ml-team"), Map.entry("epochs", "3"), Map.entry("gpu", "true"));
        assertThat(reader.violations()).isEmpty();
    }

    @Test
    void emptyShellCommandIsTooShort() {
        MapReader reader = open(Map.of("command", ""));

        assertThat(reader.stringList("command", true, StringForm.SHELL_COMMAND, 1)).isNull();
        assertThat(reader.violations()).singleElement().extracting(Violation::id).isEqualTo(ViolationIds.TOO_SHORT);
    }

    @Test
    void unreadableKeysListFailedKeys() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("vm_size", 3);
        map.put("max_nodes", 2.5);
        map.put("arguments", List.of("--data", Map.of("name", "ds")));
        map.put("command", "");
        map.put("tags", Map.of("owner", 7));
        map.put("auth", Map.of("tenant_id", 5));
        map.put("datasets", List.of("a"));
        MapReader reader = open(map);

        reader.string("vm_size");
        reader.integer("max_nodes");
        reader.stringList("arguments", false, StringForm.SHELL_WORDS, 0);
        reader.stringList("command", true, StringForm.SHELL_COMMAND, 1);
        reader.stringMap("tags", false);
        reader.object("auth", MapReaderTest::failingRead);
        reader.objectList("datasets", MapReaderTest::failingRead);

        assertThat(reader.unreadableKeys())
                .containsExactly("vm_size", "max_nodes", "arguments", "command", "tags", "auth", "datasets");
    }

    @Test
    void unreadableKeysSkipReadAndAbsentKeys() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("vm_size", "STANDARD_D2_V3");
        map.put("max_nodes", null);
        map.put("auth", Map.of("tenant_id", "t"));
        MapReader reader = open(map);

        reader.string("vm_size");
        reader.integer("max_nodes");
        reader.bool("show_output");
        reader.object("auth", (nested, path) -> ReadResult.of("auth", List.of()));

        assertThat(reader.unreadableKeys()).isEmpty();
    }

    @Test
    void nestedObjectOfWrongTypeIsUnreadable() {
        MapReader reader = open(Map.of("auth", "tenant"));

        assertThat(reader.object("auth", MapReaderTest::failingRead)).isNull();
        assertThat(reader.unreadableKeys()).containsExactly("auth");
        assertThat(reader.violations()).singleElement().extracting(Violation::id).isEqualTo(ViolationIds.WRONG_TYPE);
    }

    @Test
    void unknownKeyIsNotUnreadable() {
        MapReader reader = open(Map.of("vm_sizee", 3));

        assertThat(reader.unreadableKeys()).isEmpty();
    }

    private static ReadResult<String> failingRead(Map<String, ?> map, String path) {
        return new ReadResult<>(null, List.of(Violation.error(ViolationIds.WRONG_TYPE, path, "expected a string")));
    }
}
