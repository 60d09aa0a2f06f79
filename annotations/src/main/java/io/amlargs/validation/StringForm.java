package io.amlargs.validation;

/** How a list of strings is read when a single string is given in its place. */
public enum StringForm {
    /** A string is a type error. */
    NONE,

    /** The string is split into words as a POSIX shell would; see {@link ShellWords}. */
    SHELL_WORDS,

    /** The string becomes {@code ["/bin/sh", "-c", string]}. */
    SHELL_COMMAND
}
