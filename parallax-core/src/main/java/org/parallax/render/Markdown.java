package org.parallax.render;

import java.util.List;

/**
 * Escapes text for Markdown (CommonMark and GitHub's dialect), so article content shows as written and cannot
 * become links, images, HTML, emphasis, headings, lists, tables or math.
 */
final class Markdown {
    /**
     * Characters that start inline syntax: code, emphasis, links and images, autolinks and HTML, entity
     * references, table cells, strikethrough, math, and the closing {@code #} of a heading.
     */
    private static final String INLINE_SPECIAL = "\\`*_[]<>&|~$#";
    /** At the start of a line these make a heading, quote, list, thematic break or setext underline. */
    private static final String LINE_START_SPECIAL = "-+=>";

    private Markdown() {
    }

    /** {@code s} on one line (runs of blanks and line ends become one space), escaped; {@code null} gives "". */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        return escapeLine(collapseBlanks(s));
    }

    /**
     * {@code text} as Markdown paragraphs: blank lines separate them, a single line end inside one is kept as a hard
     * line break, and every line is escaped, including the constructs that only count at a line start.
     */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (List<String> lines : Paragraphs.of(text)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            for (int i = 0; i < lines.size(); i++) {
                // a backslash at the end of a line is CommonMark's hard line break
                out.append(i > 0 ? "\\\n" : "").append(escapeLine(collapseBlanks(lines.get(i))));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code s} stripped, with each run of whitespace (line ends included) made one space. */
    static String collapseBlanks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean blank = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                blank = !out.isEmpty();
            } else {
                if (blank) {
                    out.append(' ');
                    blank = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes one line that contains no line end and starts with no blank. */
    private static String escapeLine(String line) {
        String text = Unicode.wellFormed(line);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0 || (i == 0 && LINE_START_SPECIAL.indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(Character.isISOControl(c) ? Unicode.REPLACEMENT : c);
        }
        int digits = 0;
        while (digits < out.length() && digits < 10 && out.charAt(digits) >= '0' && out.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            // "1. text" or "1) text" would start a numbered list: escape the dot (or parenthesis)
            out.insert(digits, '\\');
        }
        return out.toString();
    }
}
