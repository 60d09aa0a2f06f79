package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValueChecksTest {

    private final List<Violation> out = new ArrayList<>();

    @Test
    void oneOfSuggestsNearestAllowedValue() {
        ValueChecks.oneOf(out, "compute_args.vm_priority", "dedicatd", List.of("dedicated", "lowpriority"), false);

        assertThat(out).singleElement().hasToString("[NOT_ALLOWED] compute_args.vm_priority: 'dedicatd' is not allowed;"
                + " use one of 'dedicated', 'lowpriority'; did you mean 'dedicated'?");
    }

    @Test
    void oneOfAcceptsAllowedAndNullValues() {
        ValueChecks.oneOf(out, "p", "dedicated", List.of("dedicated", "lowpriority"), false);
        ValueChecks.oneOf(out, "p", null, List.of("dedicated"), false);

        assertThat(out).isEmpty();
    }

    @Test
    void constantRejectsOtherValue() {
        ValueChecks.constant(out, "auth.type", "Msi", "MsiAuthentication", false);

        assertThat(out).singleElement().extracting(Violation::message)
                .isEqualTo("'Msi' is not allowed; the only allowed value is 'MsiAuthentication'");
    }

    @Test
    void minimumReportsValueAndBound() {
        ValueChecks.minimum(out, "compute_args.min_nodes", -1, 0, false);
        ValueChecks.minimum(out, "compute_args.min_nodes", 0, 0, false);

        assertThat(out).singleElement().extracting(Violation::id, Violation::message)
                .containsExactly(ViolationIds.BELOW_MINIMUM, "'-1' is below the minimum '0'; use '0' or more");
    }

    @Test
    void uniqueItemsReportsEachRepeatAtItsIndex() {
        ValueChecks.uniqueItems(out, "download_args.output_paths", List.of("a", "b", "a", "a"), false);

        assertThat(out).extracting(Violation::path)
                .containsExactly("download_args.output_paths[2]", "download_args.output_paths[3]");
    }

    @Test
    void itemsOneOfReportsAtIndex() {
        ValueChecks.itemsOneOf(out, "x.modes", List.of("read", "wrte"), List.of("read", "write"));

        assertThat(out).singleElement().extracting(Violation::path).isEqualTo("x.modes[1]");
    }

    @Test
    void matchesFindsPatternAnywhere() {
        Pattern retired = Pattern.compile("^Standard_NC(6|12|24)r?$", Pattern.CASE_INSENSITIVE);

        assertThat(ValueChecks.matches("Standard_NC6", retired)).isTrue();
        assertThat(ValueChecks.matches("Standard_NC6s_v3", retired)).isFalse();
        assertThat(ValueChecks.matches(null, retired)).isFalse();
    }

    @Test
    void warnQuotesValueOrRedactsSecret() {
        ValueChecks.warn(out, "RETIRED_VM_SIZE", "compute_args.vm_size", "Standard_NC6", false,
                "Azure retired this size", "choose a current size such as 'Standard_NC6s_v3'");
        ValueChecks.warn(out, "WEAK", "compute_args.admin_user_password", "hunter2", true, "too short", "use more");

        assertThat(out).extracting(Violation::toString).containsExactly(
                "[RETIRED_VM_SIZE] (warning) compute_args.vm_size: 'Standard_NC6': Azure retired this size;"
                        + " choose a current size such as 'Standard_NC6s_v3'",
                "[WEAK] (warning) compute_args.admin_user_password: <redacted>: too short; use more");
    }

    @Test
    void patternFindsMatchAnywhere() {
        Pattern size = Pattern.compile("^[0-9]+[bkmgBKMG]?$");
        ValueChecks.pattern(out, "DockerConfiguration.shm_size", "2g", size, false);
        ValueChecks.pattern(out, "DockerConfiguration.shm_size", "2 GB", size, false);

        assertThat(out).singleElement().hasToString("[PATTERN_MISMATCH] DockerConfiguration.shm_size:"
                + " '2 GB' does not match the pattern '^[0-9]+[bkmgBKMG]?$'; change it to match");
    }

    @Test
    void minItemsAndMinLengthReportShortValues() {
        ValueChecks.minItems(out, "config_args.command", List.of(), 1);
        ValueChecks.minItems(out, "config_args.command", List.of("ls"), 1);
        ValueChecks.minLength(out, "config_args.script", "", 1, false);
        ValueChecks.minLength(out, "config_args.script", "a.py", 1, false);

        assertThat(out).extracting(Violation::id).containsExactly(ViolationIds.TOO_FEW_ITEMS, ViolationIds.TOO_SHORT);
    }
}
