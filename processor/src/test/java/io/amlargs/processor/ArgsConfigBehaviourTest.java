package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated {@code TrainingClusterArgs.toArgs} on implementations of
 * {@code TrainingCluster} and checks that the canonical builder's defaults and validation apply.
 */
class ArgsConfigBehaviourTest {

    private static GeneratedClassLoader loader;

    @BeforeAll
    static void compileConfig() {
        Compilation compilation = Fixtures.compile(Fixtures.SCHEMA, ConfigFixtures.cluster(
                "    String computeName();",
                "    Integer maxNodes();"));
        assertThat(compilation).succeededWithoutWarnings();
        loader = new GeneratedClassLoader(compilation);
    }

    /** Returns a {@code TrainingCluster} whose methods return the values of {@code values} by method name. */
    private static Object cluster(Map<String, Object> values) throws ClassNotFoundException {
        Class<?> type = loader.loadClass("fixture.config.TrainingCluster");
        return Proxy.newProxyInstance(loader, new Class<?>[] {type},
                (proxy, method, arguments) -> values.get(method.getName()));
    }

    /** Calls {@code toArgs} and returns the record's {@code toMap()}, or throws what {@code toArgs} threw. */
    private static Object toArgsMap(Object config) throws Throwable {
        Class<?> type = loader.loadClass("fixture.config.TrainingCluster");
        Method toArgs = loader.loadClass("fixture.config.TrainingClusterArgs").getMethod("toArgs", type);
        try {
            Object args = toArgs.invoke(null, config);
            assertThat(args.getClass().getName()).isEqualTo("fixture.args.ClusterArgs");
            return args.getClass().getMethod("toMap").invoke(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void unsetKeyGetsDefault() throws Throwable {
        Map<String, Object> values = new HashMap<>();
        values.put("computeName", "gpu-cluster");

        Object map = toArgsMap(cluster(values));

        assertThat(map).isEqualTo(Map.of("compute_name", "gpu-cluster", "max_nodes", 4));
    }

    @Test
    void setKeyKeepsValue() throws Throwable {
        Object map = toArgsMap(cluster(Map.of("computeName", "gpu-cluster", "maxNodes", 12)));

        assertThat(map).isEqualTo(Map.of("compute_name", "gpu-cluster", "max_nodes", 12));
    }

    @Test
    void invalidValuesListEveryViolation() throws Throwable {
        Object config = cluster(Map.of("maxNodes", 0));

        assertThatThrownBy(() -> toArgsMap(config))
                .isInstanceOfSatisfying(ArgsValidationException.class, e -> assertThat(e.errors())
                        .extracting(Violation::toString)
                        .containsExactly(
                                "[MISSING_KEY] compute_args.compute_name: 'compute_name' is required by"
                                        + " compute_args (Cluster); add it",
                                "[BELOW_MINIMUM] compute_args.max_nodes: '0' is below the minimum '1';"
                                        + " use '1' or more"));
    }

    @Test
    void nullConfigIsRejected() throws ClassNotFoundException {
        Class<?> type = loader.loadClass("fixture.config.TrainingCluster");

        assertThatThrownBy(() -> toArgsMap(type.cast(null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("config");
    }

    @Test
    void generatedClassHasOnlyToArgs() throws ClassNotFoundException {
        List<String> methods = List.of(loader.loadClass("fixture.config.TrainingClusterArgs").getDeclaredMethods())
                .stream()
                .map(Method::getName)
                .toList();

        assertThat(methods).containsExactly("toArgs");
    }
}
