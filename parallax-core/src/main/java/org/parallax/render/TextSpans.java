package org.parallax.render;

import java.util.Locale;

/**
 * Finds the span of text a dossier item points at, trusting its offsets only as far as they hold: the offsets come
 * from other stages (or from a file), and a bad one must neither crash the report nor highlight the wrong words.
 */
final class TextSpans {
    private TextSpans() {
    }

    /**
     * The span {@code [start, end)} of {@code expected} in {@code text}: the given offsets when the text there is
     * {@code expected}; else the occurrence of {@code expected} nearest to {@code start}; else the given offsets
     * clamped into the text. Either way the span is trimmed of blanks and never splits a surrogate pair.
     *
     * @return {@code {start, end}}, or null when nothing but blanks is left
     */
    static int[] locate(String text, String expected, int start, int end) {
        if (expected != null && !expected.isEmpty()) {
            boolean exact = start >= 0 && end <= text.length() && start <= end
                    && text.regionMatches(start, expected, 0, expected.length()) && end - start == expected.length();
            if (!exact) {
                int found = nearest(text, expected, start);
                if (found >= 0) {
                    return trimmed(text, found, found + expected.length());
                }
            }
        }
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return trimmed(text, s, e);
    }

    /** Where {@code passage} stands in {@code text}, exactly or with its blanks matched loosely; null if nowhere. */
    static int[] find(String text, String passage) {
        if (passage == null || passage.isBlank()) {
            return null;
        }
        int at = text.indexOf(passage);
        if (at >= 0) {
            return trimmed(text, at, at + passage.length());
        }
        return findIgnoringBlanks(text, passage);
    }

    /**
     * Where {@code term} first stands in {@code text}: as written, else ignoring case (framing terms may be
     * lower-cased); null if nowhere.
     */
    static int[] findTerm(String text, String term) {
        int[] exact = find(text, term);
        if (exact != null || term == null || term.isBlank()) {
            return exact;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = term.strip().toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return null; // lower-casing changed offsets (rare letters): do not risk marking the wrong words
        }
        int at = lower.indexOf(needle);
        return at < 0 ? null : trimmed(text, at, at + needle.length());
    }

    /** Whether the report treats {@code c} as a blank: whitespace or a line end. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Paragraphs.isLineEnd(c) || Character.isSpaceChar(c);
    }

    private static int nearest(String text, String expected, int near) {
        int from = Math.max(0, Math.min(near, text.length()));
        int after = text.indexOf(expected, from);
        int before = from == 0 ? -1 : text.lastIndexOf(expected, from - 1);
        if (after < 0 || before < 0) {
            return Math.max(after, before);
        }
        return from - before <= after - from ? before : after;
    }

    /** Compares with every run of blanks made one space, mapping the match back to the original offsets. */
    private static int[] findIgnoringBlanks(String text, String passage) {
        StringBuilder compact = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                blank = compact.length() > 0;
                continue;
            }
            if (blank) {
                origin[compact.length()] = i - 1;
                compact.append(' ');
                blank = false;
            }
            origin[compact.length()] = i;
            compact.append(c);
        }
        String needle = Markdown.collapseBlanks(passage);
        int at = needle.isEmpty() ? -1 : compact.indexOf(needle);
        if (at < 0) {
            return null;
        }
        return trimmed(text, origin[at], origin[at + needle.length() - 1] + 1);
    }

    private static int[] trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        if (s > 0 && s < text.length() && Character.isLowSurrogate(text.charAt(s))
                && Character.isHighSurrogate(text.charAt(s - 1))) {
            s--;
        }
        if (e > 0 && e < text.length() && Character.isLowSurrogate(text.charAt(e))
                && Character.isHighSurrogate(text.charAt(e - 1))) {
            e++;
        }
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new int[] {s, e} : null;
    }
}
