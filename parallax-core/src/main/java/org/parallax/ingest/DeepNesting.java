package org.parallax.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Flattens elements nested deeper than any real page nests them. Selectors with a descendant part
 * ({@code article time}) look at every ancestor of every element, so a page of 100,000 nested {@code div}s would
 * cost billions of steps; unwrapping the excess levels keeps their text and order and makes that cost linear.
 */
final class DeepNesting {
    /** Real pages nest a few dozen levels deep; a few hundred leaves room for the worst generated markup. */
    static final int MAX_DEPTH = 256;

    private DeepNesting() {
    }

    /**
     * Unwraps (replaces by their children) the wrapper elements (those without text of their own) deeper than
     * {@link #MAX_DEPTH}, and any element deeper than twice that: paragraphs keep their bounds in any real page, and
     * no page stays deeper than twice the limit.
     *
     * @return the number of elements unwrapped
     */
    static int flatten(Element root) {
        int unwrapped = 0;
        // An explicit walk, not recursion: the tree is exactly what may be too deep for the stack.
        Node node = root;
        int depth = 0;
        while (node != null) {
            if (node instanceof Element e && depth > MAX_DEPTH && e.childNodeSize() > 0
                    && (depth > 2 * MAX_DEPTH || isWrapper(e))) {
                Node first = e.childNode(0);
                e.unwrap();
                unwrapped++;
                node = first;
                continue;
            }
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                depth++;
                continue;
            }
            while (node != root && node.nextSibling() == null) {
                node = node.parent();
                depth--;
            }
            node = node == root ? null : node.nextSibling();
        }
        return unwrapped;
    }

    /** True when the element holds only elements and blank text: unwrapping it changes no text and no block. */
    private static boolean isWrapper(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
