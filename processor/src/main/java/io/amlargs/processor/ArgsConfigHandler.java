package io.amlargs.processor;

import com.palantir.javapoet.JavaFile;
import io.amlargs.annotations.ArgsConfig;
import io.amlargs.processor.config.ConfigChecker;
import io.amlargs.processor.config.ConfigMapping;
import io.amlargs.processor.config.ToArgsGenerator;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Diagnostics;
import io.amlargs.processor.schema.LoadedSchema;
import io.amlargs.processor.schema.SchemaLoader;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks each interface annotated with {@link ArgsConfig} against the schema and generates its
 * {@code <Interface>Args}. An interface waits for a later round while the canonical args or one
 * of its return types do not exist, because a {@code @GenerateArgs} package in the same build
 * generates them in this round.
 */
final class ArgsConfigHandler implements AnnotationHandler {

    /** A type that every {@code @GenerateArgs} package has once it is generated. */
    private static final String CATALOG = "ArgsCatalog";

    private final SchemaLoader schemas;
    private final Filer filer;
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final ConfigChecker checker;
    private final String schemaOption;

    ArgsConfigHandler(SchemaLoader schemas, ProcessingEnvironment environment, Diagnostics diagnostics,
            String schemaOption) {
        this.schemas = schemas;
        this.filer = environment.getFiler();
        this.elements = environment.getElementUtils();
        this.diagnostics = diagnostics;
        this.checker = new ConfigChecker(elements, environment.getTypeUtils(), diagnostics);
        this.schemaOption = schemaOption;
    }

    @Override
    public String annotationType() {
        return ArgsConfig.class.getCanonicalName();
    }

    @Override
    public void handle(Element element, AnnotationMirror annotation) {
        TypeElement config = (TypeElement) element;
        ArgsConfig settings = config.getAnnotation(ArgsConfig.class);
        requireTypes(config, settings);
        check(config, annotation, settings).ifPresent(mapping -> write(mapping, annotation));
    }

    /** Reports every problem of an interface whose types never appeared, and generates nothing. */
    @Override
    public void handleUnresolved(Element element, AnnotationMirror annotation, MissingTypeException missing) {
        TypeElement config = (TypeElement) element;
        check(config, annotation, config.getAnnotation(ArgsConfig.class));
    }

    /**
     * Throws {@link MissingTypeException} while the canonical args or a return type of the
     * interface do not exist, so the checks run once they do, or in the last round.
     */
    private void requireTypes(TypeElement config, ArgsConfig settings) {
        String catalog = settings.argsPackage() + "." + CATALOG;
        if (elements.getTypeElement(catalog) == null) {
            throw new MissingTypeException(catalog);
        }
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(config))) {
            if (method.getReturnType().getKind() == TypeKind.ERROR) {
                throw new MissingTypeException(method.getReturnType().toString());
            }
        }
    }

    private Optional<ConfigMapping> check(TypeElement config, AnnotationMirror annotation, ArgsConfig settings) {
        LoadedSchema schema = schemas.load(schemaOption, settings.schema());
        return checker.check(config, annotation, settings, schema);
    }

    private void write(ConfigMapping mapping, AnnotationMirror annotation) {
        JavaFile file = ToArgsGenerator.generate(mapping);
        try {
            file.writeTo(filer);
        } catch (IOException e) {
            diagnostics.error(mapping.config(), annotation, DiagnosticIds.WRITE_FAILED, "cannot write "
                    + file.packageName() + "." + file.typeSpec().name() + ": " + e.getMessage()
                    + "; check that no other source declares it");
        }
    }
}
