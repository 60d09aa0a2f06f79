package io.amlargs.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** The fixture package and schemas that processor tests compile. */
final class Fixtures {

    /** The package-info that requests generation into {@code fixture.args}. */
    static final JavaFileObject PACKAGE_INFO = JavaFileObjects.forSourceLines(
            "fixture.args.package-info",
            "@GenerateArgs",
            "package fixture.args;",
            "",
            "import io.amlargs.annotations.GenerateArgs;");

    /** The fixture schema that uses every feature of the format. */
    static final Path SCHEMA = resource("/fixtures/args.schema.json");

    private Fixtures() {
    }

    /** Compiles the fixture package and {@code sources} against {@code schema}, with lint as in the build. */
    static Compilation compile(Path schema, JavaFileObject... sources) {
        List<JavaFileObject> files = new ArrayList<>(List.of(sources));
        files.add(0, PACKAGE_INFO);
        return javac()
                .withProcessors(new ArgsProcessor())
                .withOptions("-Aamlargs.schema=" + schema, "-Xlint:all,-processing,-options")
                .compile(files);
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("test resource " + name + " has no file path", e);
        }
    }
}
