package org.parallax.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders an article's text as HTML paragraphs with {@code <mark>} elements around the given spans, so that a link to
 * {@code #anchor} scrolls to the span and CSS {@code :target} highlights it, without any script.
 *
 * <p>Spans may nest or overlap, and may cross line and paragraph ends. The text is cut at every span boundary; each
 * piece is wrapped in the marks that cover it, outermost (earliest start, then longest) first. Where a mark must be
 * closed early (at a line end, or because an earlier-starting span ends inside it) it is reopened as a continuation
 * without the id, so ids stay unique and the HTML stays well nested. Only the first piece of a span carries its id;
 * the others carry {@code data-of="anchor"}, and {@link #continuationStyle} highlights them along with it.
 */
final class MarkedText {
    /** Outermost first: earliest start, then longest, then by anchor for a total order. */
    private static final Comparator<Mark> OUTER_FIRST = Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed())
            .thenComparing(Mark::anchor);

    private MarkedText() {
    }

    /**
     * Appends {@code text} as {@code <p>} paragraphs (a single line end inside one becomes {@code <br>}) with
     * {@code marks} inside; marks outside the text or covering only blanks are left out. Returns whether there was
     * any paragraph.
     */
    static boolean append(StringBuilder b, String text, List<Mark> marks) {
        return append(b, text, marks, new HashSet<>());
    }

    /** As {@link #append(StringBuilder, String, List)}, adding to {@code continued} every anchor split in pieces. */
    static boolean append(StringBuilder b, String text, List<Mark> marks, Set<String> continued) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.removeIf(m -> m.start() < 0 || m.end() > text.length() || m.start() >= m.end());
        sorted.sort(OUTER_FIRST);
        Set<String> opened = new HashSet<>();
        List<List<int[]>> paragraphs = Paragraphs.ranges(text);
        for (List<int[]> lines : paragraphs) {
            b.append("<p>");
            for (int i = 0; i < lines.size(); i++) {
                b.append(i > 0 ? "<br>\n" : "");
                line(b, text, lines.get(i)[0], lines.get(i)[1], sorted, opened, continued);
            }
            b.append("</p>\n");
        }
        return !paragraphs.isEmpty();
    }

    private static void line(StringBuilder b, String text, int start, int end, List<Mark> marks, Set<String> opened,
                             Set<String> continued) {
        List<Mark> here = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() < end && m.end() > start) {
                here.add(m);
            }
        }
        if (here.isEmpty()) {
            b.append(Html.escape(text.substring(start, end)));
            return;
        }
        List<Integer> cuts = cuts(start, end, here);
        List<Mark> open = new ArrayList<>();
        for (int c = 0; c + 1 < cuts.size(); c++) {
            int from = cuts.get(c);
            int to = cuts.get(c + 1);
            List<Mark> covering = new ArrayList<>();
            for (Mark m : here) {
                if (m.start() <= from && m.end() >= to) {
                    covering.add(m); // already outermost first
                }
            }
            int common = 0;
            while (common < open.size() && common < covering.size() && open.get(common) == covering.get(common)) {
                common++;
            }
            close(b, open, common);
            for (int k = common; k < covering.size(); k++) {
                Mark m = covering.get(k);
                boolean first = opened.add(m.anchor());
                if (!first) {
                    continued.add(m.anchor());
                }
                openMark(b, m, first);
                open.add(m);
            }
            b.append(Html.escape(text.substring(from, to)));
        }
        close(b, open, 0);
    }

    /** The line's ends and every span boundary inside it, ascending, without repeats. */
    private static List<Integer> cuts(int start, int end, List<Mark> marks) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        cuts.add(start);
        cuts.add(end);
        for (Mark m : marks) {
            cuts.add(Math.max(start, m.start()));
            cuts.add(Math.min(end, m.end()));
        }
        return new ArrayList<>(cuts);
    }

    private static void openMark(StringBuilder b, Mark m, boolean first) {
        b.append("<mark");
        if (first) {
            b.append(" id=\"").append(Html.escape(m.anchor())).append('"');
        }
        String kind = (m.wire() ? "wire" : "ev") + (m.conflict() ? " conflict" : "");
        b.append(" class=\"").append(kind).append(first ? "\"" : " cont\" data-of=\"" + Html.escape(m.anchor()) + '"')
                .append('>');
    }

    /**
     * CSS that highlights the continuation pieces of the {@code continued} anchors when their first piece is the
     * target: one rule per split span (rare), since CSS cannot relate an element to the target by an attribute alone.
     */
    static String continuationStyle(Set<String> continued) {
        StringBuilder css = new StringBuilder();
        for (String anchor : new java.util.TreeSet<>(continued)) {
            if (anchor.matches("[A-Za-z][A-Za-z0-9_-]*")) { // Anchors makes only such names; never trust blindly
                css.append("body:has(#").append(anchor).append(":target) mark[data-of=\"").append(anchor)
                        .append("\"] { background: #ffd54f; }\n");
            }
        }
        return css.toString();
    }

    private static void close(StringBuilder b, List<Mark> open, int keep) {
        while (open.size() > keep) {
            open.remove(open.size() - 1);
            b.append("</mark>");
        }
    }
}
