package io.amlargs.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The work that {@link ArgsProcessor} does for one annotation type. The generator of
 * {@code @GenerateArgs} is one; checkers of other annotations plug in beside it and share the
 * schema loader.
 */
interface AnnotationHandler {

    /** Returns the canonical name of the annotation type that this handler processes. */
    String annotationType();

    /**
     * Processes one annotated element. Problems are reported through the diagnostics; a
     * RuntimeException is reported by the caller as a processor error on {@code element}.
     */
    void handle(Element element, AnnotationMirror annotation);
}
