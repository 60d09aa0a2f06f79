package io.amlargs.processor;

import com.google.auto.service.AutoService;
import io.amlargs.processor.diagnostics.Diagnostics;
import io.amlargs.processor.schema.SchemaLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The aml-args annotation processor. It hands each annotated element to the handler of its
 * annotation, and turns any RuntimeException into an error on that element so javac goes on. An
 * element whose handler throws {@link MissingTypeException} is handed over again in the next
 * round, because the types it needs may be generated in this one.
 *
 * <p>Option {@code -Aamlargs.schema=/absolute/path.json} reads the schema from that file instead
 * of the classpath resource that {@code @GenerateArgs} names.
 */
@AutoService(Processor.class)
public final class ArgsProcessor extends AbstractProcessor {

    /** The processor option that overrides the schema location. */
    public static final String SCHEMA_OPTION = "amlargs.schema";

    private Diagnostics diagnostics;
    private List<AnnotationHandler> handlers;
    private final List<DeferredElement> deferred = new ArrayList<>();

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        diagnostics = new Diagnostics(environment.getMessager());
        SchemaLoader schemas = new SchemaLoader(environment.getFiler());
        String schemaOption = environment.getOptions().get(SCHEMA_OPTION);
        handlers = List.of(
                new GenerateArgsHandler(schemas, environment.getFiler(), diagnostics, schemaOption),
                new ArgsConfigHandler(schemas, environment, diagnostics, schemaOption));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return handlers.stream().map(AnnotationHandler::annotationType).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(SCHEMA_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<DeferredElement> retries = List.copyOf(deferred);
        deferred.clear();
        for (DeferredElement retry : retries) {
            retry(retry, round.processingOver());
        }

        for (TypeElement annotation : annotations) {
            AnnotationHandler handler = handlerFor(annotation);
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                handle(handler, element, mirrorOf(element, annotation));
            }
        }
        return false;
    }

    private void handle(AnnotationHandler handler, Element element, AnnotationMirror mirror) {
        try {
            handler.handle(element, mirror);
        } catch (MissingTypeException e) {
            defer(handler, element, mirror, e);
        } catch (RuntimeException e) {
            diagnostics.unexpected(element, mirror, e);
        }
    }

    private void defer(AnnotationHandler handler, Element element, AnnotationMirror mirror, MissingTypeException e) {
        if (element instanceof TypeElement type) {
            deferred.add(new DeferredElement(handler, type.getQualifiedName().toString(), e));
        } else {
            diagnostics.unexpected(element, mirror, new IllegalStateException("only types can wait for a type", e));
        }
    }

    /** Hands a deferred element over again; in the last round, as unresolved. */
    private void retry(DeferredElement retry, boolean lastRound) {
        AnnotationHandler handler = retry.handler();
        TypeElement element = processingEnv.getElementUtils().getTypeElement(retry.typeName());
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(handler.annotationType());
        AnnotationMirror mirror = mirrorOf(element, annotation);
        if (!lastRound) {
            handle(handler, element, mirror);
            return;
        }
        try {
            handler.handleUnresolved(element, mirror, retry.missing());
        } catch (RuntimeException e) {
            diagnostics.unexpected(element, mirror, e);
        }
    }

    private AnnotationHandler handlerFor(TypeElement annotation) {
        String name = annotation.getQualifiedName().toString();
        return handlers.stream()
                .filter(handler -> handler.annotationType().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for " + name + "; handlers: "
                        + handlers.stream().map(AnnotationHandler::annotationType).collect(Collectors.joining(", "))));
    }

    private static AnnotationMirror mirrorOf(Element element, TypeElement annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().equals(annotation)) {
                return mirror;
            }
        }
        return null;
    }

    /** An element that waits for a type, with the handler to give it to and the name to look it up by. */
    private record DeferredElement(AnnotationHandler handler, String typeName, MissingTypeException missing) {
    }
}
