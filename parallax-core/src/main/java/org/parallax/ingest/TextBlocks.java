package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts an element's text into {@link TextBlock}s: one per heading, paragraph, list item or other block element. */
final class TextBlocks implements NodeVisitor {
    /** Elements that start a new block of text. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "br", "hr", "address", "center", "body", "tbody", "thead", "caption", "details", "summary", "header",
            "footer", "aside", "nav", "figure", "form", "fieldset", "legend");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LIST_ITEMS = Set.of("li", "dt", "dd");
    /** A block with more of its text in links than this is a run of links (navigation, a list of stories). */
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Set<Element> parts;
    private int partDepth;
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private TextBlocks(Set<Element> parts) {
        this.parts = parts;
    }

    /** The blocks of {@code root}'s text, in document order; empty blocks are left out. */
    static List<TextBlock> of(Element root) {
        return of(root, Set.of());
    }

    /**
     * The blocks of {@code root}'s text, in document order, each marked whether it lies inside one of
     * {@code parts} (an identity set of elements under {@code root}).
     */
    static List<TextBlock> of(Element root, Set<Element> parts) {
        TextBlocks c = new TextBlocks(parts);
        NodeTraversor.traverse(c, root);
        c.flush(false, false);
        return c.blocks;
    }

    /**
     * The text of the blocks, without the link runs and without headings that introduce nothing but links or
     * nothing at all ("Related", "More on this topic" over a list of links, or a heading left at the end).
     */
    static List<String> keptText(List<TextBlock> blocks) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.kind() == TextBlock.Kind.TEXT || b.kind() == TextBlock.Kind.HEADING && introducesText(blocks, i)) {
                kept.add(b.text());
            }
        }
        return kept;
    }

    /**
     * True when a text block follows the heading at {@code at} before the next heading that has links between:
     * a heading straight over another ("Part two" over "The crossing") introduces what the next one does.
     */
    private static boolean introducesText(List<TextBlock> blocks, int at) {
        boolean links = false;
        for (int i = at + 1; i < blocks.size(); i++) {
            TextBlock.Kind k = blocks.get(i).kind();
            if (k == TextBlock.Kind.TEXT) {
                return true;
            }
            if (k == TextBlock.Kind.LINKS) {
                links = true;
            } else if (links) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            current.append(s);
            if (linkDepth > 0) {
                linkChars += s.strip().length();
            }
        } else if (node instanceof Element e) {
            if (e.nameIs("a")) {
                linkDepth++;
            }
            if (BLOCK_TAGS.contains(e.tagName()) || parts.contains(e)) {
                flush(false, false);
            }
            if (parts.contains(e)) {
                partDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.nameIs("a")) {
                linkDepth--;
            }
            if (BLOCK_TAGS.contains(e.tagName()) || parts.contains(e)) {
                flush(HEADINGS.contains(e.tagName()), LIST_ITEMS.contains(e.tagName()));
            }
            if (parts.contains(e)) {
                partDepth--;
            }
        }
    }

    /** Ends the current block, marking it as links when it is mostly link text. */
    private void flush(boolean heading, boolean listItem) {
        String text = SPACES.matcher(current).replaceAll(" ").strip();
        if (!text.isEmpty()) {
            TextBlock.Kind kind = heading ? TextBlock.Kind.HEADING
                    : linkChars > text.length() * MAX_LINK_DENSITY ? TextBlock.Kind.LINKS : TextBlock.Kind.TEXT;
            blocks.add(new TextBlock(text, kind, Math.min(linkChars, text.length()), partDepth > 0, listItem));
        }
        current.setLength(0);
        linkChars = 0;
    }
}
