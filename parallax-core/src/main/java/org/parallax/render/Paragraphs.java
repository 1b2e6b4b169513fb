package org.parallax.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into paragraphs (separated by blank lines) and their lines, the structure both reports show.
 * Every line end counts: {@code \n}, {@code \r\n}, {@code \r}, and the Unicode line and paragraph separators.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** The paragraphs of {@code text}, each a list of its lines, stripped; blank lines only separate. */
    static List<List<String>> of(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // a hand-written scan: this runs over every character of every article, and a regex split is far slower
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (!isLineEnd(c)) {
                continue;
            }
            String line = text.substring(start, i);
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(List.copyOf(current));
                    current.clear();
                }
            } else {
                current.add(line.strip());
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
        if (!current.isEmpty()) {
            paragraphs.add(List.copyOf(current));
        }
        return paragraphs;
    }

    /**
     * The same paragraphs as {@link #of}, each line given as its {@code {start, end}} offsets in {@code text} (after
     * stripping), so a renderer can mark spans of the original text inside them.
     */
    static List<List<int[]>> ranges(String text) {
        List<List<int[]>> paragraphs = new ArrayList<>();
        List<int[]> current = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (!isLineEnd(c)) {
                continue;
            }
            int s = start;
            int e = i;
            // String.strip() semantics: whitespace by code point, as in of()
            while (s < e && Character.isWhitespace(text.codePointAt(s))) {
                s += Character.charCount(text.codePointAt(s));
            }
            while (e > s && Character.isWhitespace(text.codePointBefore(e))) {
                e -= Character.charCount(text.codePointBefore(e));
            }
            if (s == e) {
                if (!current.isEmpty()) {
                    paragraphs.add(List.copyOf(current));
                    current.clear();
                }
            } else {
                current.add(new int[] {s, e});
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
        if (!current.isEmpty()) {
            paragraphs.add(List.copyOf(current));
        }
        return paragraphs;
    }

    static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }
}
