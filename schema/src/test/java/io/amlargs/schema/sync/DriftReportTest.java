package io.amlargs.schema.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DriftReportTest {

    @Test
    void emptyReport() {
        DriftReport report = new DriftReport();

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.format()).isEqualTo("no drift: the schema states what the docs page states\n");
    }

    @Test
    void groupedByDefinition() {
        DriftReport report = new DriftReport();
        report.add(new Drift("compute_args.AmlComputeCluster", Drift.Kind.KEY_ADDED, "spot_policy", null, "str"));
        report.add(new Drift("download_args", Drift.Kind.KEY_RETYPED, "batch_size", "int", "float"));
        report.add(new Drift("compute_args.AmlComputeCluster", Drift.Kind.KEY_REDEFAULTED, "max_nodes", "null", null));

        assertThat(report.format()).isEqualTo("""
            3 differences between the docs page and the schema:
            compute_args.AmlComputeCluster
              added key 'spot_policy' (str)
              re-defaulted 'max_nodes': null -> none
            download_args
              retyped 'batch_size': int -> float
            """);
    }

    @Test
    void everyKindDescribed() {
        for (Drift.Kind kind : Drift.Kind.values()) {
            Drift drift = new Drift("workspace_args", kind, "subject", "before", "after");

            assertThat(drift.describe()).as(kind.name()).isNotBlank().doesNotContain("null");
            if (kind != Drift.Kind.KEYS_REORDERED) {
                assertThat(drift.describe()).as(kind.name()).contains("subject");
            }
        }
    }

    @Test
    void reorderingListsBothOrders() {
        Drift drift = new Drift("workspace_args", Drift.Kind.KEYS_REORDERED, null, "a, b", "b, a");

        assertThat(drift.describe()).isEqualTo("reordered keys: a, b -> b, a");
    }
}
