package io.amlargs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmlArgsCommandTest {

    @Test
    void noSubcommandIsUsageError() {
        CommandResult result = CommandResult.execute();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing command").contains("Usage: aml-args");
    }

    @Test
    void unknownSubcommandIsUsageError() {
        CommandResult result = CommandResult.execute("submit", "job.yaml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched arguments").contains("submit");
    }

    @Test
    void helpListsSubcommandsOnStandardOutput() {
        CommandResult result = CommandResult.execute("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("validate").contains("run").contains("Exit codes:");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void versionNamesTheTool() {
        CommandResult result = CommandResult.execute("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("aml-args ");
        assertThat(result.out()).doesNotContain("${");
    }
}
