package io.amlargs.processor.config;

import com.palantir.javapoet.ClassName;
import io.amlargs.annotations.ArgsConfig;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Diagnostics;
import io.amlargs.processor.diagnostics.SchemaProblem;
import io.amlargs.processor.schema.LoadedSchema;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks an {@code @ArgsConfig} interface against the schema and reports every problem on the
 * element it concerns: the interface, its annotation or one method. It goes on after an error,
 * so one build lists every problem of the interface.
 */
public final class ConfigChecker {

    private final Elements elements;
    private final Types types;
    private final Diagnostics diagnostics;

    public ConfigChecker(Elements elements, Types types, Diagnostics diagnostics) {
        this.elements = elements;
        this.types = types;
        this.diagnostics = diagnostics;
    }

    /**
     * Checks {@code config}, whose annotation is {@code annotation} with the values
     * {@code settings}, against {@code schema}.
     *
     * @return what {@code toArgs} needs, or empty when an error was reported
     */
    public Optional<ConfigMapping> check(TypeElement config, AnnotationMirror annotation, ArgsConfig settings,
            LoadedSchema schema) {
        int errorsBefore = diagnostics.errorCount();
        InterfaceChecks interfaceChecks = new InterfaceChecks(elements, types, diagnostics);
        if (!interfaceChecks.isInterface(config, annotation)) {
            return Optional.empty();
        }
        interfaceChecks.checkUsable(config, annotation);
        List<ExecutableElement> methods = new ConfigMethods(types).abstractMethods(config);
        methods.forEach(interfaceChecks::checkSignature);

        if (!schema.problems().isEmpty()) {
            for (SchemaProblem problem : schema.problems()) {
                diagnostics.schemaError(config, annotation, problem, schema.name());
            }
            return Optional.empty();
        }
        Optional<ConfigTarget> target = new TargetResolver(schema.model(), diagnostics)
                .resolve(settings.group(), settings.variant(), config, annotation);
        if (target.isEmpty()) {
            return Optional.empty();
        }

        ClassName record = ClassName.get(settings.argsPackage(), target.get().definition().javaName());
        checkRecordExists(config, annotation, record, target.get());
        KeyTypes keyTypes = new KeyTypes(elements, types, schema.model(), settings.argsPackage());
        KeyChecks keyChecks = new KeyChecks(target.get(), keyTypes, diagnostics);
        List<MappedKey> keys = keyChecks.map(methods);
        keyChecks.checkDuplicates(keys);
        keyChecks.checkRequired(config, annotation, keys);

        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ConfigMapping(config, target.get(), record, keys, usesDeprecated(keys)));
    }

    private void checkRecordExists(TypeElement config, AnnotationMirror annotation, ClassName record,
            ConfigTarget target) {
        if (elements.getTypeElement(record.canonicalName()) == null) {
            diagnostics.error(config, annotation, DiagnosticIds.ARGS_NOT_FOUND, record.canonicalName() + ", the record"
                    + " of " + target.owner() + ", is not on the class path; add the aml-args-runtime dependency, or"
                    + " set argsPackage to the package whose package-info has @GenerateArgs");
        }
    }

    private boolean usesDeprecated(List<MappedKey> keys) {
        return keys.stream().anyMatch(key -> key.property().deprecated() || elements.isDeprecated(key.method()));
    }
}
