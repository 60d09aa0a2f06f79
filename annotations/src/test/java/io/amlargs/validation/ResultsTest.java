package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static final Violation MISSING =
            Violation.error(ViolationIds.MISSING_KEY, "compute_args.compute_name", "'compute_name' is required");
    private static final Violation RETIRED =
            Violation.warning("RETIRED_VM_SIZE", "compute_args.vm_size", "'Standard_NC6': retired; pick another");

    @Test
    void readResultSplitsErrorsAndWarnings() {
        ReadResult<String> result = new ReadResult<>(null, List.of(MISSING, RETIRED));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.errors()).containsExactly(MISSING);
        assertThat(result.warnings()).containsExactly(RETIRED);
    }

    @Test
    void orThrowListsEveryViolation() {
        ReadResult<String> result = new ReadResult<>(null, List.of(MISSING, RETIRED));

        assertThatThrownBy(result::orThrow)
                .isInstanceOf(ArgsValidationException.class)
                .hasMessage(String.join(System.lineSeparator(),
                        "1 invalid argument:",
                        "[MISSING_KEY] compute_args.compute_name: 'compute_name' is required",
                        "[RETIRED_VM_SIZE] (warning) compute_args.vm_size: 'Standard_NC6': retired; pick another"));
    }

    @Test
    void orThrowReturnsValueDespiteWarnings() {
        assertThat(ReadResult.of("value", List.of(RETIRED)).orThrow()).isEqualTo("value");
    }

    @Test
    void readResultRejectsInconsistentValue() {
        assertThatThrownBy(() -> new ReadResult<>("value", List.of(MISSING)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadResult<>(null, List.of(RETIRED)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionKeepsViolationsAndErrors() {
        ArgsValidationException e = new ArgsValidationException(List.of(MISSING, RETIRED));

        assertThat(e.violations()).containsExactly(MISSING, RETIRED);
        assertThat(e.errors()).containsExactly(MISSING);
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pathsJoinKeysAndIndexes() {
        assertThat(ArgPaths.key("workspace_args.auth", "tenant_id")).isEqualTo("workspace_args.auth.tenant_id");
        assertThat(ArgPaths.key("", "name")).isEqualTo("name");
        assertThat(ArgPaths.index("config_args.arguments", 7)).isEqualTo("config_args.arguments[7]");
    }
}
