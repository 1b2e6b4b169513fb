package org.parallax.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of text in quote marks: straight, curly, single curly (only when they pair up like quotation,
 * not apostrophes), guillemets in both directions and German low-high marks. Quote marks nested inside a quote
 * belong to the outer quote. A quote left open at the end of its paragraph continues when the next paragraph opens
 * with a quote mark (news style for multi-paragraph quotes); otherwise it is capped at the paragraph end, so one
 * stray mark never swallows the rest of the article.
 */
final class QuoteMarks {
    /** Longest single-quote span accepted: single curly quotes are also apostrophes, so keep them short. */
    private static final int MAX_SINGLE_QUOTE = 400;

    /**
     * One quoted span.
     *
     * @param open   offset of the opening mark
     * @param start  offset of the first content character
     * @param end    offset just past the last content character
     * @param close  offset just past the closing mark (the paragraph end when unclosed)
     * @param closed whether a closing mark was found
     */
    record Span(int open, int start, int end, int close, boolean closed) {
    }

    private QuoteMarks() {
    }

    /** All top-level quoted spans of {@code text}, in order. */
    static List<Span> find(String original) {
        String text = normalise(original);
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isOpening(text, i)) {
                Span s = c == '\u2018' ? findSingle(text, i) : findDouble(text, i);
                if (s != null) {
                    if (s.end() > s.start()) {
                        spans.add(s);
                    }
                    i = Math.max(s.close(), i + 1);
                    continue;
                }
            }
            i++;
        }
        return spans;
    }

    /**
     * The text with each doubled apostrophe ('' as some archives write a double quote) turned into a straight
     * double quote followed by a placeholder, so offsets stay those of the original.
     */
    private static String normalise(String text) {
        if (text.indexOf("''") < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] == '\'' && c[i + 1] == '\'') {
                c[i] = '"';
                c[i + 1] = PLACEHOLDER;
                i++;
            }
        }
        return new String(c);
    }

    /** Stands for the second apostrophe of a doubled one; part of the mark, never content. */
    private static final char PLACEHOLDER = '\u0001';

    /** Offset just past a mark at {@code i}: one character, or two for a doubled apostrophe. */
    private static int pastMark(String text, int i) {
        return i + 1 < text.length() && text.charAt(i + 1) == PLACEHOLDER ? i + 2 : i + 1;
    }

    /** Whether the character at {@code i} can open a quote. */
    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        int after = pastMark(text, i);
        boolean nextOk = after < text.length() && !Character.isWhitespace(text.charAt(after));
        switch (c) {
            case '\u201C': case '\u201E': case '\u00AB':
                return nextOk;
            case '\u00BB':
                return nextOk && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            case '"':
                return nextOk && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            case '\u2018':
                return nextOk && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && Character.isLetterOrDigit(text.charAt(after));
            default:
                return false;
        }
    }

    /** Whether {@code c} closes a quote opened by {@code opener}. */
    private static boolean closes(char opener, char c) {
        switch (opener) {
            case '\u201C': return c == '\u201D' || c == '"';
            case '\u201E': return c == '\u201C' || c == '\u201D';
            case '\u00AB': return c == '\u00BB';
            case '\u00BB': return c == '\u00AB';
            case '"': return c == '"' || c == '\u201D';
            default: return false;
        }
    }

    /** Whether {@code c} opens a quote of the same family as {@code opener} (a paragraph re-opening the quote). */
    private static boolean sameFamily(char opener, char c) {
        if (opener == '"' || opener == '\u201C') {
            return c == '"' || c == '\u201C';
        }
        return c == opener;
    }

    private static Span findDouble(String text, int open) {
        char opener = text.charAt(open);
        int start = pastMark(text, open);
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = skipSpace(text, i);
                if (next < n && sameFamily(opener, text.charAt(next)) && isOpening(text, next)) {
                    i = pastMark(text, next); // the quote goes on in the next paragraph
                    continue;
                }
                return new Span(open, start, trimEnd(text, start, i), i, false);
            }
            if (closes(opener, c) && i > start) {
                return new Span(open, start, trimEnd(text, start, i), pastMark(text, i), true);
            }
            if (c == opener && opener != '"' && opener != '\u00BB') {
                // the same opening mark again before a close: the first was never closed
                return new Span(open, start, trimEnd(text, start, i), i, false);
            }
            i++;
        }
        return new Span(open, start, trimEnd(text, start, n), n, false);
    }

    /** A single-quoted span, only when a closing mark follows that is not an apostrophe. */
    private static Span findSingle(String text, int open) {
        int n = Math.min(text.length(), open + MAX_SINGLE_QUOTE);
        for (int i = open + 2; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return null;
            }
            if (c == '\u2019' && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                return new Span(open, open + 1, trimEnd(text, open + 1, i), i + 1, true);
            }
        }
        return null;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Content end without trailing spaces and the comma that English puts inside the closing mark. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }
}
