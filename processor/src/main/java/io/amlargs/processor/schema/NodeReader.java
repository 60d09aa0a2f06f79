package io.amlargs.processor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.amlargs.processor.diagnostics.DiagnosticIds;
import io.amlargs.processor.diagnostics.Problems;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads keywords of schema nodes and records a problem for each one of the wrong JSON type. */
final class NodeReader {

    /** The marker that schema sync puts on what a person must review; it never changes generated code. */
    static final String REVIEW_KEYWORD = "x-aml-review";

    private final Problems problems;

    NodeReader(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** Returns the text of {@code keyword}, or null when it is absent or not a string. */
    String text(JsonNode node, String keyword, String pointer, boolean required) {
        JsonNode value = node.get(keyword);
        if (value != null && value.isTextual()) {
            return value.asText();
        }
        if (value != null || required) {
            problems.add(DiagnosticIds.MISSING_KEYWORD, JsonPointers.child(pointer, keyword),
                    "expected a string for " + keyword + " but found " + describe(value) + "; set it to a string");
        }
        return null;
    }

    /** Returns whether {@code keyword} is {@code true}; a value that is not a boolean is a problem. */
    boolean flag(JsonNode node, String keyword, String pointer) {
        JsonNode value = node.get(keyword);
        if (value != null && !value.isBoolean()) {
            problems.add(DiagnosticIds.MISSING_KEYWORD, JsonPointers.child(pointer, keyword),
                    "expected true or false for " + keyword + " but found " + describe(value));
            return false;
        }
        return value != null && value.asBoolean();
    }

    /** Returns the non-negative integer of {@code keyword}, or null when it is absent or invalid. */
    Integer count(JsonNode node, String keyword, String pointer) {
        JsonNode value = node.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            problems.add(DiagnosticIds.BAD_VALUE, JsonPointers.child(pointer, keyword),
                    "expected a non-negative integer for " + keyword + " but found " + describe(value));
            return null;
        }
        return value.asInt();
    }

    /** Returns the strings of the array {@code keyword}; absent means empty. */
    List<String> texts(JsonNode node, String keyword, String pointer) {
        JsonNode value = node.get(keyword);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (!value.isArray()) {
            problems.add(DiagnosticIds.MISSING_KEYWORD, JsonPointers.child(pointer, keyword),
                    "expected an array of strings for " + keyword + " but found " + describe(value));
            return texts;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                texts.add(value.get(i).asText());
            } else {
                problems.add(DiagnosticIds.MISSING_KEYWORD, JsonPointers.child(JsonPointers.child(pointer, keyword), i),
                        "expected a string but found " + describe(value.get(i)));
            }
        }
        return texts;
    }

    /** Records a problem for each keyword of {@code node} that is not in {@code known}. */
    void rejectUnknownKeywords(JsonNode node, Set<String> known, String pointer) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals(REVIEW_KEYWORD)) {
                problems.notice(DiagnosticIds.REVIEW_PENDING, JsonPointers.child(pointer, name),
                        "schema sync marked this for review: check its description, default and rules, then delete '"
                                + REVIEW_KEYWORD + "'");
            } else if (!known.contains(name)) {
                problems.add(DiagnosticIds.UNSUPPORTED_KEYWORD, JsonPointers.child(pointer, name),
                        "the processor does not support '" + name + "' here, so it would not be checked;"
                                + " remove it or add support to the processor");
            }
        }
    }

    /** Returns whether {@code pattern} is a valid regular expression, recording a problem if not. */
    boolean compiles(String pattern, String pointer) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            problems.add(DiagnosticIds.BAD_VALUE, pointer,
                    "'" + pattern + "' is not a valid regular expression: " + e.getDescription());
            return false;
        }
    }

    /** Returns a JSON node for messages: its text, shortened, or "nothing" when absent. */
    static String describe(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        String text = value.toString();
        return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }
}
