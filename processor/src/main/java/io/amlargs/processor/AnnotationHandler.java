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
     *
     * @throws MissingTypeException if the element needs a type that a later round may generate
     */
    void handle(Element element, AnnotationMirror annotation);

    /**
     * Processes, in the last round, a type element for which {@link #handle} threw
     * {@link MissingTypeException} in every round: reports what is still missing. Only handlers
     * of annotations on types may throw that exception.
     */
    default void handleUnresolved(Element element, AnnotationMirror annotation, MissingTypeException missing) {
        throw new IllegalStateException(getClass().getSimpleName() + " deferred " + element + " waiting for "
                + missing.typeName() + " but does not handle unresolved elements");
    }
}
