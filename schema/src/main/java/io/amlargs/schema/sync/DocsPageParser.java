package io.amlargs.schema.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Azure ML argument reference page into groups, variants and keys.
 *
 * <p>A heading that names a dictionary ({@code workspace_args}), at any level, starts a group. A
 * heading that also contains {@code for compute_type 'X'} starts variant X of that group. Each key then
 * opens a paragraph with a code span; see {@link KeyBlockParser}. A heading that names no
 * dictionary ends the current section.
 */
final class DocsPageParser {

    private static final Logger LOG = LoggerFactory.getLogger(DocsPageParser.class);

    private final Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /**
     * Parses a page.
     *
     * @param source names the page in messages, such as its path
     * @throws DocsPageException listing every problem, if any key or section cannot be read
     */
    DocsPage parse(String source, String page) {
        Walk walk = new Walk();
        for (Node node = markdown.parse(page).getFirstChild(); node != null; node = node.getNext()) {
            walk.visit((Block) node);
        }
        walk.finishKey();

        List<DocumentedGroup> groups = walk.groups();
        if (!walk.problems.isEmpty()) {
            throw new DocsPageException(source, walk.problems);
        }
        return new DocsPage(groups);
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** The state of one pass over the page's top-level blocks. */
    private static final class Walk {

        private final Map<String, GroupSection> groups = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private KeySection section;
        private Paragraph keyOpening;
        private final List<Block> keyBody = new ArrayList<>();

        void visit(Block block) {
            if (block instanceof Heading heading) {
                finishKey();
                enter(heading);
            } else if (block instanceof ThematicBreak) {
                finishKey();
            } else if (block instanceof Paragraph paragraph && KeyBlockParser.keyName(paragraph).isPresent()) {
                finishKey();
                keyOpening = paragraph;
            } else if (keyOpening != null) {
                keyBody.add(block);
            }
        }

        void finishKey() {
            if (keyOpening == null) {
                return;
            }

            int line = lineOf(keyOpening);
            Optional<DocumentedKey> key = KeyBlockParser.parse(keyOpening, List.copyOf(keyBody), line, problems);
            keyOpening = null;
            keyBody.clear();
            key.ifPresent(documented -> add(documented, line));
        }

        private void add(DocumentedKey key, int line) {
            if (section == null) {
                problems.add("line " + line + ": key '" + key.name()
                        + "' is not under a heading that names its dictionary; add a heading such as '# workspace_args' above it");
            } else if (section.keys.containsKey(key.name())) {
                problems.add("line " + line + ": key '" + key.name() + "' is listed twice in " + section.label
                        + " (first on line " + section.keys.get(key.name()).line() + "); remove one");
            } else {
                section.keys.put(key.name(), key);
            }
        }

        private void enter(Heading heading) {
            int line = lineOf(heading);
            Optional<SectionHeading> parsed = SectionHeading.parse(InlineText.renderBlock(heading));
            if (parsed.isEmpty()) {
                section = null;
                return;
            }

            SectionHeading sectionHeading = parsed.get();
            GroupSection group = groups.computeIfAbsent(sectionHeading.group(), name -> new GroupSection(name, line));
            section = sectionHeading.isVariant() ? group.variant(sectionHeading, line, problems) : group.own;
            logSelectorMismatch(sectionHeading, line);
        }

        private static void logSelectorMismatch(SectionHeading heading, int line) {
            String expected = Selectors.of(heading.group());
            if (heading.isVariant() && !heading.selector().equals(expected)) {
                LOG.warn("line {}: heading names selector {} for {} variant {}; the group's selector {} is used",
                        line, heading.selector(), heading.group(), heading.variant(), expected);
            }
        }

        List<DocumentedGroup> groups() {
            if (groups.isEmpty()) {
                problems.add("no heading names an argument dictionary such as '# workspace_args'; is this the reference page?");
            }
            List<DocumentedGroup> built = new ArrayList<>();
            groups.values().forEach(group -> group.build(problems).ifPresent(built::add));
            return built;
        }
    }

    /** The keys under one heading. */
    private static final class KeySection {

        private final String label;
        private final int line;
        private final Map<String, DocumentedKey> keys = new LinkedHashMap<>();

        KeySection(String label, int line) {
            this.label = label;
            this.line = line;
        }
    }

    /** A group with its own keys or its variants. */
    private static final class GroupSection {

        private final String name;
        private final KeySection own;
        private final Map<String, KeySection> variants = new LinkedHashMap<>();

        GroupSection(String name, int line) {
            this.name = name;
            this.own = new KeySection(name, line);
        }

        KeySection variant(SectionHeading heading, int line, List<String> problems) {
            KeySection existing = variants.get(heading.variant());
            if (existing != null) {
                problems.add("line " + line + ": " + name + " variant '" + heading.variant()
                        + "' has a second heading (first on line " + existing.line + "); merge the two sections");
                return existing;
            }
            KeySection created = new KeySection(name + " '" + heading.variant() + "'", line);
            variants.put(heading.variant(), created);
            return created;
        }

        Optional<DocumentedGroup> build(List<String> problems) {
            if (!own.keys.isEmpty() && !variants.isEmpty()) {
                problems.add("line " + own.line + ": " + name
                        + " lists keys outside its variant headings; move them under a heading such as '# " + name
                        + " for " + Selectors.of(name) + " 'X''");
                return Optional.empty();
            }
            if (own.keys.isEmpty() && variants.isEmpty()) {
                problems.add("line " + own.line + ": " + name + " lists no keys");
                return Optional.empty();
            }

            List<DocumentedVariant> built = new ArrayList<>();
            variants.forEach((variant, section) -> {
                if (section.keys.isEmpty()) {
                    problems.add("line " + section.line + ": " + section.label + " lists no keys");
                }
                built.add(new DocumentedVariant(variant, List.copyOf(section.keys.values()), section.line));
            });
            return Optional.of(new DocumentedGroup(name, List.copyOf(own.keys.values()), built, own.line));
        }
    }
}
