package io.amlargs.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Sources of {@code @ArgsConfig} interfaces in the package {@code fixture.config}, for the fixture schema. */
final class ConfigFixtures {

    /** The annotation of an interface that describes the fixture's {@code compute_args (Cluster)}. */
    static final String CLUSTER =
            "@ArgsConfig(group = \"compute_args\", variant = \"Cluster\", argsPackage = \"fixture.args\")";

    /** The annotation of an interface that describes the fixture's {@code job_args}. */
    static final String JOB = "@ArgsConfig(group = \"job_args\", argsPackage = \"fixture.args\")";

    private ConfigFixtures() {
    }

    /**
     * Returns the source of {@code fixture.config.<name>}: the package, the imports of both
     * annotations, and {@code body}, which starts with the annotation.
     */
    static JavaFileObject source(String name, String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package fixture.config;",
                "",
                "import io.amlargs.annotations.ArgKey;",
                "import io.amlargs.annotations.ArgsConfig;",
                ""));
        lines.addAll(List.of(body));
        return JavaFileObjects.forSourceLines("fixture.config." + name, lines);
    }

    /** Returns the interface {@code TrainingCluster} of the cluster variant with the method lines {@code methods}. */
    static JavaFileObject cluster(String... methods) {
        List<String> body = new ArrayList<>(List.of(CLUSTER, "public interface TrainingCluster {"));
        body.addAll(List.of(methods));
        body.add("}");
        return source("TrainingCluster", body.toArray(String[]::new));
    }
}
