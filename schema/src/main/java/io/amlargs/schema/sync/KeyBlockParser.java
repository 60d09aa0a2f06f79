package io.amlargs.schema.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads one key of the docs page: the paragraph that opens with the key and its type, and the
 * blocks after it up to the next key or heading.
 *
 * <p>The first line contains the key in a code span ({@code 'vm_size'}, or {@code kwargs} without
 * quotes) and its type. A line {@code default value: X} (also spelled {@code default_value:})
 * states the default. Without it, a sentence "defaults to X" in the description states it. A
 * bullet list after "Possible values are" lists the allowed values, one per bullet's first word.
 */
final class KeyBlockParser {

    private static final Pattern QUOTED_KEY = Pattern.compile("^'([A-Za-z_][A-Za-z0-9_]*)'$");
    private static final Pattern BARE_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)$");
    private static final Pattern DEFAULT_LINE = Pattern.compile("^default[ _]value\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULTS_TO = Pattern.compile("\\bdefaults to (\\S+?)\\.?(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSIBLE_VALUES = Pattern.compile("\\bpossible values\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERNAL = Pattern.compile("\\binternal use only\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET_PUNCTUATION = Pattern.compile("^[`'\"]+|[`'\":,;]+$");

    private KeyBlockParser() {}

    /**
     * Returns the key a paragraph opens, or empty when it opens none. A quoted key always opens a
     * key block; a bare one only when a type follows it on the same line.
     */
    static Optional<String> keyName(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof Code code)) {
            return Optional.empty();
        }

        Matcher quoted = QUOTED_KEY.matcher(code.getLiteral().strip());
        if (quoted.matches()) {
            return Optional.of(quoted.group(1));
        }
        Matcher bare = BARE_KEY.matcher(code.getLiteral().strip());
        if (bare.matches() && !typeText(paragraph).isEmpty()) {
            return Optional.of(bare.group(1));
        }
        return Optional.empty();
    }

    /**
     * Reads a key block, adding what is wrong with it to {@code problems}.
     *
     * @param opening the paragraph that {@link #keyName} accepted
     * @param body the blocks after it that belong to the key
     * @param line the 1-based page line of {@code opening}
     * @return the key, or empty when its type is missing or unreadable
     */
    static Optional<DocumentedKey> parse(Paragraph opening, List<Block> body, int line, List<String> problems) {
        String name = keyName(opening).orElseThrow();
        String typeText = typeText(opening);
        if (typeText.isEmpty()) {
            problems.add("line " + line + ": key '" + name + "' has no type; write it after the key, as in `'" + name + "'` [str]");
            return Optional.empty();
        }
        DocumentedType type = DocumentedType.parse(typeText);

        BlockText text = BlockText.read(opening, body);
        Optional<JsonNode> documentedDefault = documentedDefault(name, text, type, line, problems);
        List<JsonNode> allowedValues = allowedValues(name, text.allowedValueItems(), type, line, problems);
        boolean internal = INTERNAL.matcher(text.description()).find();

        return Optional.of(new DocumentedKey(
                name, type, documentedDefault, allowedValues, internal, text.description(), line));
    }

    private static String typeText(Paragraph paragraph) {
        List<Node> firstLine = InlineText.lines(paragraph).get(0);
        return InlineText.renderType(firstLine.subList(1, firstLine.size()));
    }

    private static Optional<JsonNode> documentedDefault(
            String name, BlockText text, DocumentedType type, int line, List<String> problems) {
        String stated = text.defaultText();
        if (stated == null) {
            Matcher sentence = DEFAULTS_TO.matcher(text.description());
            stated = sentence.find() ? sentence.group(1) : null;
        }
        if (stated == null) {
            return Optional.empty();
        }

        try {
            return Optional.of(DefaultValues.parse(stated, type));
        } catch (IllegalArgumentException e) {
            problems.add("line " + line + ": key '" + name + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    private static List<JsonNode> allowedValues(
            String name, List<String> items, DocumentedType type, int line, List<String> problems) {
        List<JsonNode> values = new ArrayList<>();
        for (String item : items) {
            String word = BULLET_PUNCTUATION.matcher(item.split("\\s+")[0]).replaceAll("");
            if (word.isEmpty()) {
                problems.add("line " + line + ": key '" + name + "': possible value '" + item + "' does not start with the value");
                continue;
            }
            // A listed value is a name, so "None" in a list of strings is the text None, not null.
            values.add(type.kind() == DocumentedType.Kind.STRING ? TextNode.valueOf(word) : DefaultValues.parse(word, type));
        }
        return values;
    }

    /** The text of a key block, split into its default line, description and possible values. */
    private record BlockText(String defaultText, String description, List<String> allowedValueItems) {

        static BlockText read(Paragraph opening, List<Block> body) {
            List<String> lines = new ArrayList<>();
            List<String> items = new ArrayList<>();
            List<List<Node>> openingLines = InlineText.lines(opening);
            openingLines.subList(1, openingLines.size()).forEach(nodes -> lines.add(InlineText.render(nodes)));

            for (Block block : body) {
                if (block instanceof Paragraph paragraph) {
                    InlineText.lines(paragraph).forEach(nodes -> lines.add(InlineText.render(nodes)));
                } else if (block instanceof BulletList list && items.isEmpty() && mentionsPossibleValues(lines)) {
                    items.addAll(bullets(list));
                } else {
                    lines.add(InlineText.renderBlock(block));
                }
            }
            return split(lines, items);
        }

        private static BlockText split(List<String> lines, List<String> items) {
            String defaultText = null;
            List<String> description = new ArrayList<>();
            for (String line : lines) {
                Matcher stated = DEFAULT_LINE.matcher(line);
                if (defaultText == null && stated.matches()) {
                    defaultText = stated.group(1);
                } else if (!line.isEmpty()) {
                    description.add(line);
                }
            }
            return new BlockText(defaultText, String.join(" ", description), items);
        }

        private static boolean mentionsPossibleValues(List<String> lines) {
            return lines.stream().anyMatch(line -> POSSIBLE_VALUES.matcher(line).find());
        }

        private static List<String> bullets(BulletList list) {
            List<String> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(renderItem(item));
                }
            }
            return items;
        }

        private static String renderItem(Node item) {
            List<String> parts = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                parts.add(InlineText.renderBlock(child));
            }
            return String.join(" ", parts).strip();
        }
    }
}
