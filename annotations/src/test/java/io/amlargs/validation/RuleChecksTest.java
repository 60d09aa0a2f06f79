package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleChecksTest {

    private static final List<String> MIN_MAX = List.of("min_nodes", "max_nodes");
    private static final List<String> VNET = List.of("vnet_resourcegroup_name", "vnet_name", "subnet_name");
    private static final List<String> SCRIPT_COMMAND = List.of("script", "command");

    private final List<Violation> out = new ArrayList<>();

    @Test
    void lessOrEqualReportsGreaterFirstValue() {
        RuleChecks.lessOrEqual(out, "MIN_NODES_LE_MAX_NODES", "compute_args", MIN_MAX, 5, 3, "lower min_nodes");

        assertThat(out).singleElement().hasToString("[MIN_NODES_LE_MAX_NODES] compute_args.min_nodes:"
                + " 'min_nodes' is '5', which is greater than 'max_nodes' '3'; lower min_nodes");
    }

    @Test
    void lessOrEqualHoldsWhenEqualOrUnset() {
        RuleChecks.lessOrEqual(out, "R", "c", MIN_MAX, 3, 3, "fix");
        RuleChecks.lessOrEqual(out, "R", "c", MIN_MAX, 5, null, "fix");

        assertThat(out).isEmpty();
    }

    @Test
    void allOrNoneReportsPartialSet() {
        RuleChecks.allOrNone(out, "VNET_TOGETHER", "compute_args", VNET, Arrays.asList(null, "net", null), "set all three");

        assertThat(out).singleElement().extracting(Violation::message).isEqualTo(
                "'vnet_resourcegroup_name', 'vnet_name', 'subnet_name' must be set together,"
                        + " but only 'vnet_name' is set; set all three");
    }

    @Test
    void allOrNoneHoldsForAllOrNone() {
        RuleChecks.allOrNone(out, "R", "c", VNET, Arrays.asList(null, null, null), "fix");
        RuleChecks.allOrNone(out, "R", "c", VNET, List.of("rg", "net", "sub"), "fix");

        assertThat(out).isEmpty();
    }

    @Test
    void exactlyOneReportsNoneAndBoth() {
        RuleChecks.exactlyOne(out, "SCRIPT_OR_COMMAND", "config_args", SCRIPT_COMMAND, Arrays.asList(null, null), "set one");
        RuleChecks.exactlyOne(out, "SCRIPT_OR_COMMAND", "config_args", SCRIPT_COMMAND, List.of("a.py", List.of("ls")), "set one");
        RuleChecks.exactlyOne(out, "SCRIPT_OR_COMMAND", "config_args", SCRIPT_COMMAND, Arrays.asList("a.py", null), "set one");

        assertThat(out).extracting(Violation::message).containsExactly(
                "exactly one of 'script', 'command' must be set, but none is set; set one",
                "exactly one of 'script', 'command' must be set, but 'script', 'command' are all set; set one");
    }

    @Test
    void requiresReportsUnmetRequirement() {
        RuleChecks.requires(out, "USER_ASSIGNED_NEEDS_ID", "compute_args.identity_type", true, false,
                "'identity_type' is 'UserAssigned'", "'identity_id' must be set", "add identity_id");
        RuleChecks.requires(out, "R", "p", false, false, "c", "r", "f");
        RuleChecks.requires(out, "R", "p", true, true, "c", "r", "f");

        assertThat(out).singleElement().hasToString("[USER_ASSIGNED_NEEDS_ID] compute_args.identity_type:"
                + " because 'identity_type' is 'UserAssigned', 'identity_id' must be set; add identity_id");
    }
}
