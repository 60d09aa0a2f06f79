package io.amlargs.schema.sync;

import java.util.List;

/** Thrown when the docs page cannot be read as argument dictionaries; lists every problem found. */
public final class DocsPageException extends SchemaSyncException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    DocsPageException(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** Returns each problem, starting with the page line it was found on. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder message = new StringBuilder()
                .append("docs page ").append(source).append(" is invalid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
        problems.forEach(problem -> message.append("\n  ").append(problem));
        return message.toString();
    }
}
