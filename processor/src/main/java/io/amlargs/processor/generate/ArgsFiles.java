package io.amlargs.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.SchemaModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Generates every Java file for one schema model and one target package, in schema order: a
 * record and validator per record definition, a sealed interface per {@code group-variants} or
 * union, and the catalog.
 */
public final class ArgsFiles {

    private final ArgsTypes types;

    /**
     * Creates the generator of one package.
     *
     * @param origin the annotated package, passed to the Filer as originating element
     */
    public ArgsFiles(SchemaModel model, String packageName, Element origin) {
        this.types = new ArgsTypes(model, packageName, origin);
    }

    /** Returns the generated files. */
    public List<JavaFile> generate() {
        List<TypeSpec> specs = new ArrayList<>();
        for (Definition definition : types.model().definitions()) {
            if (definition.kind().isRecord()) {
                specs.add(new RecordGenerator(types).generate(definition));
                specs.add(new ValidatorGenerator(types).generate(definition));
            } else {
                specs.add(new SealedInterfaceGenerator(types).generate(definition));
            }
        }
        specs.add(new CatalogGenerator(types).generate());

        List<JavaFile> files = new ArrayList<>();
        for (TypeSpec spec : specs) {
            files.add(JavaFile.builder(types.packageName(), spec)
                    .skipJavaLangImports(true)
                    .indent("    ")
                    .build());
        }
        return files;
    }

    /**
     * Writes {@code file} through {@code filer}.
     *
     * @throws IOException if the file cannot be created or written, for example because it exists
     */
    public static void write(JavaFile file, Filer filer) throws IOException {
        file.writeTo(filer);
    }
}
