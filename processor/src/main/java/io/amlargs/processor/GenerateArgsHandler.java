package io.amlargs.processor;

import com.palantir.javapoet.JavaFile;
import io.amlargs.annotations.GenerateArgs;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Diagnostics;
import io.amlargs.processor.diagnostics.SchemaProblem;
import io.amlargs.processor.generate.ArgsFiles;
import io.amlargs.processor.schema.LoadedSchema;
import io.amlargs.processor.schema.SchemaLoader;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/** Generates the args of the schema into each package annotated with {@link GenerateArgs}. */
final class GenerateArgsHandler implements AnnotationHandler {

    private final SchemaLoader schemas;
    private final Filer filer;
    private final Diagnostics diagnostics;
    private final String schemaOption;

    GenerateArgsHandler(SchemaLoader schemas, Filer filer, Diagnostics diagnostics, String schemaOption) {
        this.schemas = schemas;
        this.filer = filer;
        this.diagnostics = diagnostics;
        this.schemaOption = schemaOption;
    }

    @Override
    public String annotationType() {
        return GenerateArgs.class.getCanonicalName();
    }

    @Override
    public void handle(Element element, AnnotationMirror annotation) {
        PackageElement target = (PackageElement) element;
        String resource = element.getAnnotation(GenerateArgs.class).schema();
        LoadedSchema schema = schemas.load(schemaOption, resource);
        for (SchemaProblem notice : schema.notices()) {
            diagnostics.schemaWarning(element, annotation, notice, schema.name());
        }
        if (!schema.problems().isEmpty()) {
            for (SchemaProblem problem : schema.problems()) {
                diagnostics.schemaError(element, annotation, problem, schema.name());
            }
            return;
        }

        ArgsFiles files = new ArgsFiles(schema.model(), target.getQualifiedName().toString(), element);
        for (JavaFile file : files.generate()) {
            try {
                ArgsFiles.write(file, filer);
            } catch (IOException e) {
                diagnostics.error(element, annotation, DiagnosticIds.WRITE_FAILED, "cannot write "
                        + file.packageName() + "." + file.typeSpec().name() + ": " + e.getMessage()
                        + "; check that no other source declares it");
            }
        }
    }
}
