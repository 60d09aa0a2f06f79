package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorsTest {

    private static final List<String> COMPUTE_TYPES = List.of("AmlComputeCluster", "AmlComputeInstance");
    private static final List<String> AUTH_TYPES =
            List.of("ServicePrincipalAuthentication", "InteractiveLoginAuthentication", "MsiAuthentication");

    @Test
    void unknownVariantSuggestsNearest() {
        Violation violation = Selectors.unknownVariant("compute_args", "compute_type", "AmlComputeClustr", COMPUTE_TYPES);

        assertThat(violation).hasToString("[UNKNOWN_VARIANT] compute_args: 'AmlComputeClustr' is not a compute_type;"
                + " use one of 'AmlComputeCluster', 'AmlComputeInstance'; did you mean 'AmlComputeCluster'?");
    }

    @Test
    void unsetSelectorIsMissing() {
        Violation violation = Selectors.unknownVariant("compute_args", "compute_type", null, COMPUTE_TYPES);

        assertThat(violation.id()).isEqualTo(ViolationIds.MISSING_KEY);
        assertThat(violation.message()).startsWith("compute_type is not set");
    }

    @Test
    void unknownShapeIsReportedAtDiscriminator() {
        Violation violation = Selectors.unknownShape("workspace_args.auth", "type", "MsiAuth", AUTH_TYPES, "auth");

        assertThat(violation.id()).isEqualTo(ViolationIds.UNKNOWN_VARIANT);
        assertThat(violation.path()).isEqualTo("workspace_args.auth.type");
        assertThat(violation.message()).endsWith("; did you mean 'MsiAuthentication'?");
    }

    @Test
    void absentAndNonStringDiscriminators() {
        assertThat(Selectors.unknownShape("a", "type", null, AUTH_TYPES, "auth").id()).isEqualTo(ViolationIds.MISSING_KEY);
        assertThat(Selectors.unknownShape("a", "type", 3, AUTH_TYPES, "auth").id()).isEqualTo(ViolationIds.WRONG_TYPE);
    }

    @Test
    void unknownGroupListsGroups() {
        Violation violation = Selectors.unknownGroup("compute_arg", List.of("workspace_args", "compute_args"));

        assertThat(violation).hasToString("[UNKNOWN_KEY] compute_arg: 'compute_arg' is not an argument dictionary;"
                + " use one of 'workspace_args', 'compute_args'; did you mean 'compute_args'?");
    }
}
