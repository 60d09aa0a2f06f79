package io.amlargs.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell does before expansion: blanks separate
 * words, single quotes keep everything literally, double quotes keep everything but a backslash
 * before {@code $ ` " \} or a newline, and a backslash outside quotes keeps the next character.
 * Variables, globs and command substitution are not expanded.
 */
public final class ShellWords {

    private ShellWords() {
    }

    /**
     * Returns the words of {@code line}.
     *
     * @throws IllegalArgumentException if a quote is not closed or the line ends with a backslash
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                i = readSingleQuoted(line, i, word);
                inWord = true;
            } else if (c == '"') {
                i = readDoubleQuoted(line, i, word);
                inWord = true;
            } else if (c == '\\') {
                i = readEscaped(line, i, word);
                inWord = inWord || word.length() > 0;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int readSingleQuoted(String line, int open, StringBuilder word) {
        int close = line.indexOf('\'', open + 1);
        if (close < 0) {
            throw new IllegalArgumentException("single quote at index " + open + " is not closed");
        }
        word.append(line, open + 1, close);
        return close + 1;
    }

    private static int readDoubleQuoted(String line, int open, StringBuilder word) {
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "$`\"\\\n".indexOf(line.charAt(i + 1)) >= 0) {
                if (line.charAt(i + 1) != '\n') {
                    word.append(line.charAt(i + 1));
                }
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("double quote at index " + open + " is not closed");
    }

    private static int readEscaped(String line, int backslash, StringBuilder word) {
        if (backslash + 1 >= line.length()) {
            throw new IllegalArgumentException("the line ends with a backslash that escapes nothing");
        }
        char next = line.charAt(backslash + 1);
        if (next != '\n') {
            word.append(next);
        }
        return backslash + 2;
    }
}
