package io.amlargs.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The {@code --verbose} option, which a command applies to logback before it does its work. */
final class LoggingOptions {

    @Option(names = {"-v", "--verbose"}, description = "Log DEBUG messages, such as each step and stack traces.")
    private boolean verbose;

    /** Sets the root log level to DEBUG with {@code --verbose}, and to INFO without. */
    void apply() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(verbose ? Level.DEBUG : Level.INFO);
        }
    }
}
