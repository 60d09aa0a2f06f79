package io.amlargs.processor.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports the processor's errors through {@link Messager}. Every message starts with a bracketed
 * id from {@link DiagnosticIds} and is reported on the annotated element, so the build points at
 * the annotation that asked for the work.
 */
public final class Diagnostics {

    private final Messager messager;
    private int errorCount;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error on {@code element}, at {@code annotation} when it is known. */
    public void error(Element element, AnnotationMirror annotation, String id, String message) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, "[" + id + "] " + message, element, annotation);
    }

    /** Reports a warning on {@code element}, at {@code annotation} when it is known. */
    public void warning(Element element, AnnotationMirror annotation, String id, String message) {
        messager.printMessage(Diagnostic.Kind.WARNING, "[" + id + "] " + message, element, annotation);
    }

    /** Reports a problem of the schema, naming the schema file and the JSON pointer. */
    public void schemaError(Element element, AnnotationMirror annotation, SchemaProblem problem, String schemaName) {
        String where = problem.pointer().isEmpty() ? schemaName : schemaName + " at " + problem.pointer();
        error(element, annotation, problem.id(), where + ": " + problem.message());
    }

    /** Reports a notice about the schema as a warning, naming the schema file and the JSON pointer. */
    public void schemaWarning(Element element, AnnotationMirror annotation, SchemaProblem notice, String schemaName) {
        String where = notice.pointer().isEmpty() ? schemaName : schemaName + " at " + notice.pointer();
        messager.printMessage(Diagnostic.Kind.WARNING, "[" + notice.id() + "] " + where + ": " + notice.message(),
                element, annotation);
    }

    /** Reports an unexpected exception as an error with its stack trace, so javac keeps going. */
    public void unexpected(Element element, AnnotationMirror annotation, RuntimeException exception) {
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        error(element, annotation, DiagnosticIds.PROCESSOR_ERROR,
                "the aml-args processor failed; please report this with the trace below" + System.lineSeparator()
                        + trace);
    }

    /** Returns how many errors were reported. */
    public int errorCount() {
        return errorCount;
    }
}
