package io.amlargs.args;

import static org.assertj.core.api.Assertions.assertThat;

import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Violation;
import io.amlargs.validation.ViolationIds;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the warnings for documented values that no longer work on Azure. */
class WarningsGeneratedTest {

    @Test
    void retiredVmSizeWarns() {
        ReadResult<ComputeArgs> result = ComputeArgs.read("AmlComputeCluster",
                Map.of("compute_name", "gpu", "vm_size", "Standard_NC6"), "compute_args");

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Violation::id).containsExactly("RETIRED_VM_SIZE");
        assertThat(result.warnings().get(0).path()).isEqualTo("compute_args.vm_size");
        assertThat(result.warnings().get(0).message()).contains("Standard_NC6");
    }

    @Test
    void currentVmSizeDoesNotWarn() {
        ReadResult<ComputeArgs> result = ComputeArgs.read("AmlComputeInstance",
                Map.of("compute_name", "gpu", "vm_size", "Standard_NC4as_T4_v3"), "compute_args");

        assertThat(result.violations()).isEmpty();
    }

    @Test
    void endOfLifePythonWarns() {
        ReadResult<EnvironmentArgs> result = EnvironmentArgs.read("CondaPackageEnvironment",
                Map.of("name", "env", "python_version", "3.6.9"), "environment_args");

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Violation::id).containsExactly("PYTHON_END_OF_LIFE");
        assertThat(result.warnings().get(0).path()).isEqualTo("environment_args.python_version");
    }

    @Test
    void defaultPythonVersionWarns() {
        // The documented default, 3.6.2, is applied and is itself past end of life.
        ReadResult<EnvironmentArgs> result = EnvironmentArgs.read("CondaPackageEnvironment",
                Map.of("name", "env"), "environment_args");

        assertThat(result.warnings()).extracting(Violation::id).containsExactly("PYTHON_END_OF_LIFE");
    }

    @Test
    void supportedPythonDoesNotWarn() {
        ReadResult<EnvironmentArgs> result = EnvironmentArgs.read("CondaPackageEnvironment",
                Map.of("name", "env", "python_version", "3.11"), "environment_args");

        assertThat(result.violations()).isEmpty();
    }

    @Test
    void skuWarnsAsIgnored() {
        ReadResult<WorkspaceArgs> result = WorkspaceArgs.read(Map.of(
                "subscription_id", "00000000-0000-0000-0000-000000000000",
                "resource_group", "rg", "workspace_name", "ws", "sku", "enterprise"), "workspace_args");

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Violation::id).containsExactly("IGNORED_KEY");
        assertThat(result.warnings().get(0).path()).isEqualTo("workspace_args.sku");
    }

    @Test
    void unknownKeySuggestsNearestKey() {
        ReadResult<ComputeArgs> result = ComputeArgs.read("AmlComputeCluster",
                Map.of("compute_name", "cpu", "vm_sizee", "Standard_DS3_v2"), "compute_args");

        assertThat(result.errors()).extracting(Violation::id).containsExactly(ViolationIds.UNKNOWN_KEY);
        assertThat(result.errors().get(0).path()).isEqualTo("compute_args.vm_sizee");
        assertThat(result.errors().get(0).message()).contains("did you mean 'vm_size'?");
    }

    @Test
    void unknownVariantSuggestsNearestVariant() {
        ReadResult<ComputeArgs> result = ComputeArgs.read("AmlComputeClustr", Map.of("compute_name", "cpu"),
                "compute_args");

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).message()).contains("AmlComputeCluster");
    }
}
