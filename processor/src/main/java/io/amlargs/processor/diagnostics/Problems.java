package io.amlargs.processor.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every schema problem, so one build reports all of them. Readers record a problem and
 * skip the offending part instead of stopping.
 */
public final class Problems {

    private final List<SchemaProblem> problems = new ArrayList<>();
    private final List<SchemaProblem> notices = new ArrayList<>();

    /** Records a problem at {@code pointer}. */
    public void add(String id, String pointer, String message) {
        problems.add(new SchemaProblem(id, pointer, message));
    }

    /** Records a notice at {@code pointer}: something to report as a warning that does not stop generation. */
    public void notice(String id, String pointer, String message) {
        notices.add(new SchemaProblem(id, pointer, message));
    }

    /** Returns the notices in the order they were found. */
    public List<SchemaProblem> notices() {
        return Collections.unmodifiableList(notices);
    }

    /** Returns whether no problem was recorded. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Returns the problems in the order they were found. */
    public List<SchemaProblem> all() {
        return Collections.unmodifiableList(problems);
    }
}
