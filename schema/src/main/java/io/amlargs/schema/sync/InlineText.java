package io.amlargs.schema.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns parsed Markdown inlines back into plain text.
 *
 * <p>Links become their text, code spans their content, and emphasis keeps its delimiters: on this
 * page an emphasis is almost always a misread {@code __name__}, so the underscores are part of the
 * value.
 */
final class InlineText {

    private static final String XREF = "xref:";

    private InlineText() {}

    /** Splits the inline children of a block into lines at soft and hard line breaks. */
    static List<List<Node>> lines(Node block) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                lines.add(current);
                current = new ArrayList<>();
            } else {
                current.add(child);
            }
        }
        lines.add(current);
        return lines;
    }

    /** Renders inline nodes as one line of text with runs of whitespace collapsed. */
    static String render(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        nodes.forEach(node -> append(out, node));
        return collapse(out.toString());
    }

    /** Renders all inline descendants of a block as one line of text. */
    static String renderBlock(Node block) {
        StringBuilder out = new StringBuilder();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            append(out, child);
        }
        return collapse(out.toString());
    }

    /**
     * Renders the inlines of a type. An {@code <xref:a.B,a.C>} link, which the reference generator
     * leaves for a union it could not link, becomes {@code B or C}.
     */
    static String renderType(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Link link && link.getDestination().startsWith(XREF)) {
                out.append(xrefClassNames(link.getDestination()));
            } else {
                append(out, node);
            }
        }
        return collapse(out.toString());
    }

    private static String xrefClassNames(String destination) {
        return Arrays.stream(destination.substring(XREF.length()).split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .collect(Collectors.joining(" or "));
    }

    private static void append(StringBuilder out, Node node) {
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        } else if (node instanceof HtmlInline html) {
            out.append(html.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof Emphasis emphasis) {
            appendDelimited(out, node, emphasis.getOpeningDelimiter());
        } else if (node instanceof StrongEmphasis strong) {
            appendDelimited(out, node, strong.getOpeningDelimiter());
        } else {
            appendChildren(out, node);
        }
    }

    private static void appendDelimited(StringBuilder out, Node node, String delimiter) {
        out.append(delimiter);
        appendChildren(out, node);
        out.append(delimiter);
    }

    private static void appendChildren(StringBuilder out, Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(out, child);
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
