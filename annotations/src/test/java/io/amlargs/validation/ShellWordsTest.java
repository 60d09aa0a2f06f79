package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellWordsTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                // blanks of any length separate words
                Arguments.of("--epochs 3  --lr\t0.1", List.of("--epochs", "3", "--lr", "0.1")),
                // single quotes keep blanks, double quotes and backslashes
                Arguments.of("--name 'my run \\ \"x\"'", List.of("--name", "my run \\ \"x\"")),
                // double quotes keep blanks and single quotes; backslash escapes a double quote
                Arguments.of("--msg \"it's \\\"ok\\\"\"", List.of("--msg", "it's \"ok\"")),
                // backslash in double quotes stays before an ordinary character
                Arguments.of("\"a\\b\"", List.of("a\\b")),
                // backslash outside quotes escapes a blank
                Arguments.of("my\\ file.txt", List.of("my file.txt")),
                // quoted parts join the word around them
                Arguments.of("--opt='a b'c", List.of("--opt=a bc")),
                // empty quotes make an empty word
                Arguments.of("'' x", List.of("", "x")),
                // no expansion of variables or globs
                Arguments.of("$HOME *.py", List.of("$HOME", "*.py")),
                // only blanks make no words
                Arguments.of("   ", List.of()));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void splitsLikePosixShell(String line, List<String> expected) {
        assertThat(ShellWords.split(line)).isEqualTo(expected);
    }

    static Stream<Arguments> brokenLines() {
        return Stream.of(
                Arguments.of("--name 'open", "single quote at index 7 is not closed"),
                Arguments.of("--name \"open", "double quote at index 7 is not closed"),
                Arguments.of("ends with \\", "the line ends with a backslash that escapes nothing"));
    }

    @ParameterizedTest
    @MethodSource("brokenLines")
    void rejectsUnclosedQuoteOrTrailingBackslash(String line, String message) {
        assertThatThrownBy(() -> ShellWords.split(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
