package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySuggesterTest {

    private static final List<String> KEYS =
            List.of("vm_size", "vm_priority", "min_nodes", "max_nodes", "tags", "idle_seconds_before_scaledown");

    @ParameterizedTest
    @CsvSource({
        // one inserted character
        "vm_sizee, vm_size",
        // two adjacent characters swapped
        "vm_szie, vm_size",
        // one character replaced, ties go to the earlier key
        "mun_nodes, min_nodes",
        // case differs
        "VM_SIZE, vm_size",
        // one deleted character in a short key
        "tag, tags",
        // the only key that starts with the input
        "idle, idle_seconds_before_scaledown",
    })
    void suggestsNearKey(String input, String expected) {
        assertThat(KeySuggester.suggest(input, KEYS)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
        // far from every key
        "location", "size", "priority_vm", "xy",
        // the start of two keys
        "vm_"})
    void suggestsNothingForDistantKey(String input) {
        assertThat(KeySuggester.suggest(input, KEYS)).isEmpty();
    }

    @Test
    void distanceCountsSwapAsOneEdit() {
        assertThat(KeySuggester.distance("ab", "ba")).isEqualTo(1);
        assertThat(KeySuggester.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(KeySuggester.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void hintQuotesSuggestion() {
        assertThat(KeySuggester.hint("vm_sizee", KEYS)).isEqualTo("; did you mean 'vm_size'?");
        assertThat(KeySuggester.hint("location", KEYS)).isEmpty();
    }
}
