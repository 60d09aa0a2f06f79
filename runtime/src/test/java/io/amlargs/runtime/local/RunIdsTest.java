package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amlargs.validation.ArgsValidationException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RunIdsTest {

    @Test
    void runIdHasExperimentSecondsAndHexSuffix() {
        String runId = RunIds.newRunId("iris", Instant.ofEpochSecond(1_718_000_000L));

        assertThat(runId).matches("iris_1718000000_[0-9a-f]{8}");
    }

    @Test
    void runIdsOfSameSecondDiffer() {
        Instant now = Instant.ofEpochSecond(1_718_000_000L);
        Set<String> runIds = new HashSet<>();

        for (int i = 0; i < 1000; i++) {
            runIds.add(RunIds.newRunId("iris", now));
        }

        assertThat(runIds).hasSize(1000);
    }

    @Test
    void runIdsSortByStartSecond() {
        String earlier = RunIds.newRunId("iris", Instant.ofEpochSecond(1_718_000_000L));
        String later = RunIds.newRunId("iris", Instant.ofEpochSecond(1_718_000_001L));

        assertThat(earlier).isLessThan(later);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../escape", "a/b", "_internal", "-dash", "with space", "dot.name"})
    void invalidExperimentNameRejected(String experiment) {
        assertThatThrownBy(() -> RunIds.newRunId(experiment, Instant.now()))
                .isInstanceOf(ArgsValidationException.class)
                .hasMessageContaining("[INVALID_EXPERIMENT_NAME] experiment_args.name: invalid experiment name '" + experiment + "'")
                .hasMessageContaining("letters, digits, '_' or '-'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris", "Iris-2024", "a", "exp_1"})
    void validExperimentNameAccepted(String experiment) {
        assertThat(RunIds.newRunId(experiment, Instant.now())).startsWith(experiment + "_");
    }
}
