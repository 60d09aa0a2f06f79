package io.amlargs.validation;

/** The reading of a single string given in place of a list of strings. */
public enum StringForm {
    /** A string is a type error. */
    NONE,

    /** The string is split into words as a POSIX shell would; see {@link ShellWords}. */
    SHELL_WORDS,

    /** The string becomes {@code ["/bin/sh", "-c", string]}. */
    SHELL_COMMAND
}
