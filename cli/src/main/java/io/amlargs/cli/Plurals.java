package io.amlargs.cli;

/** Counts in messages, with the noun in the singular or plural as the number needs. */
final class Plurals {

    private Plurals() {
    }

    /** Returns {@code number} followed by {@code noun}, with an {@code s} unless the number is 1. */
    static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
