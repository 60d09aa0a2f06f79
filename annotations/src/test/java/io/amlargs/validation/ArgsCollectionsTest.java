package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgsCollectionsTest {

    @Test
    void prependPutsDefaultsFirstAndDropsLaterDuplicates() {
        List<String> merged = ArgsCollections.prepend(List.of("azureml-defaults", "pandas"), List.of("numpy", "pandas"));

        assertThat(merged).containsExactly("azureml-defaults", "pandas", "numpy");
    }

    @Test
    void prependWithoutItemsReturnsDefaults() {
        assertThat(ArgsCollections.prepend(List.of("pip"), null)).containsExactly("pip");
    }

    @Test
    void listCopyIsUnmodifiableAndDetached() {
        List<String> source = new ArrayList<>(List.of("a"));
        List<String> copy = ArgsCollections.copyOf(source);
        source.add("b");

        assertThat(copy).containsExactly("a");
        assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ArgsCollections.copyOf((List<String>) null)).isNull();
    }

    @Test
    void mapCopyKeepsOrderAndFreezesNestedValues() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("z", new ArrayList<>(List.of(1)));
        source.put("a", new LinkedHashMap<>(Map.of("b", "c")));

        Map<String, Object> copy = ArgsCollections.copyOf(source);

        assertThat(copy.keySet()).containsExactly("z", "a");
        assertThat(copy).isEqualTo(source);
        @SuppressWarnings("unchecked")
        List<Object> nested = (List<Object>) copy.get("z");
        assertThatThrownBy(() -> nested.add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
