package io.amlargs.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The {@code --verbose} option, which a command applies to logback before it does its work. */
final class LoggingOptions {

    // Must match logback.xml, which keeps the runtime at WARN because the CLI prints its progress.
    private static final String RUNTIME_LOGGER = "io.amlargs.runtime";

    @Option(names = {"-v", "--verbose"}, description = "Log DEBUG messages, such as each step and stack traces.")
    private boolean verbose;

    /**
     * Sets every logger to DEBUG with {@code --verbose}. Without it, the root logs INFO and the
     * runtime WARN, as logback.xml configures them.
     */
    void apply() {
        setLevel(Logger.ROOT_LOGGER_NAME, verbose ? Level.DEBUG : Level.INFO);
        setLevel(RUNTIME_LOGGER, verbose ? Level.DEBUG : Level.WARN);
    }

    private static void setLevel(String loggerName, Level level) {
        if (LoggerFactory.getLogger(loggerName) instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(level);
        }
    }
}
