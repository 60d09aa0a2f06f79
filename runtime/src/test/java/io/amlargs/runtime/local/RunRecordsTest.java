package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.amlargs.runtime.RunRecord;
import io.amlargs.runtime.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunRecordsTest {

    private static final Path LOG = Path.of("/tmp/run/logs/std_log.txt");
    private static final String CANCEL_REASON = "canceled because the JVM is shutting down";

    private final RunSpec spec = new RunSpec("iris", Path.of("/tmp/src"),
            RunCommand.script("python3", "train.py", List.of()), Duration.ofHours(1), null, Map.of(), Map.of(),
            Map.of(), Map.of(), Map.of(), Set.of());
    private final RunRecord running = RunRecords.running(RunRecords.created("iris_1_00000000", spec), Instant.now());

    @Test
    void interruptedScriptAfterCancelIsCanceled() {
        // 130: the script died of the same SIGINT that asked this JVM to cancel the run.
        ProcessOutcome outcome = new ProcessOutcome(ProcessOutcome.Ending.EXITED, 130);

        RunRecord ended = RunRecords.ended(running, outcome, CANCEL_REASON, spec, LOG, Instant.now());

        assertThat(ended.status()).isEqualTo(RunStatus.CANCELED);
        assertThat(ended.error()).isEqualTo(CANCEL_REASON);
        assertThat(ended.exitCode()).isEqualTo(130);
    }

    @Test
    void interruptedScriptWithoutCancelFails() {
        ProcessOutcome outcome = new ProcessOutcome(ProcessOutcome.Ending.EXITED, 130);

        RunRecord ended = RunRecords.ended(running, outcome, null, spec, LOG, Instant.now());

        assertThat(ended.status()).isEqualTo(RunStatus.FAILED);
        assertThat(ended.error()).contains("exited with code 130").contains(LOG.toString());
    }

    @Test
    void successAfterCancelStillCompletes() {
        // The script finished its work before the cancel could reach it.
        ProcessOutcome outcome = new ProcessOutcome(ProcessOutcome.Ending.EXITED, 0);

        RunRecord ended = RunRecords.ended(running, outcome, CANCEL_REASON, spec, LOG, Instant.now());

        assertThat(ended.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(ended.error()).isNull();
    }
}
