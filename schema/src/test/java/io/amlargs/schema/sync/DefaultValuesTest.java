package io.amlargs.schema.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultValuesTest {

    // Backticks quote CSV fields here, so the page's own quotes reach the parser.
    @ParameterizedTest(name = "{1} default {0} is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "None                   | str       | null",
        "True                   | bool      | true",
        "False                  | bool      | false",
        "'basic'                | str       | \"basic\"",
        "\"quoted\"             | str       | \"quoted\"",
        "dedicated              | str       | \"dedicated\"",
        "1800                   | int       | 1800",
        "0.5                    | float     | 0.5",
        // A str default that looks like a number stays text.
        "3.6.2                  | str       | \"3.6.2\"",
        "0                      | str       | \"0\"",
        "[\"a\", \"b\"]         | list[str] | [\"a\",\"b\"]",
        "['pip']                | list[str] | [\"pip\"]",
        // The closing full stop of a sentence is not part of the value.
        "Standard_NC6.          | str       | \"Standard_NC6\"",
    })
    void parsed(String text, String type, String json) {
        assertThat(DefaultValues.parse(text, DocumentedType.parse(type)).toString()).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``    | default value is empty",
        "[1, 2 | default value [1, 2 is not a valid list; write it as [\"a\", \"b\"]",
        "[a b] | default value [a b] is not a valid list; write it as [\"a\", \"b\"]",
    })
    void rejected(String text, String message) {
        assertThatThrownBy(() -> DefaultValues.parse(text, DocumentedType.parse("list")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
