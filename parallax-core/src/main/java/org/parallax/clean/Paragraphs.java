package org.parallax.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into normalised paragraphs: Unicode NFC, control and invisible format characters dropped,
 * runs of spaces collapsed, lines trimmed. Every non-empty line is a paragraph of its own, because plain-text
 * exports often put one paragraph per line, unless it obviously continues the line before (a hard-wrapped
 * sentence: the previous line has no closing punctuation and this one starts in lower case).
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** The paragraphs of {@code text}, in order, none empty. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : normalize(text).split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                current = flush(current, out);
            } else if (current != null && continues(current, t)) {
                if (!endsWithWordHyphen(current)) {
                    current.append(' ');
                }
                current.append(t);
            } else {
                flush(current, out);
                current = new StringBuilder(t);
            }
        }
        flush(current, out);
        return out;
    }

    /** {@code text} in NFC with line breaks unified, controls and invisible characters removed, spaces collapsed. */
    static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C') {
                c = '\n';
            }
            if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                space = true;
                continue;
            }
            if (c != '\n' && (Character.isISOControl(c) || isInvisible(c))) {
                continue;
            }
            if (c == '\n') {
                space = false;
            } else if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        // Removing characters can leave combining sequences that compose differently.
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Characters that draw nothing and only confuse matching; joiners (ZWJ, ZWNJ) stay, some scripts need them. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean continues(StringBuilder previous, String line) {
        if (UrlLines.startsUrlLine(line)) {
            return false; // "url https://..." under "date 2031-03-05" is a header line of its own
        }
        char last = previous.charAt(previous.length() - 1);
        if (".!?:;…\"”’»)]".indexOf(last) >= 0) {
            return false;
        }
        int first = line.codePointAt(0);
        return Character.isLowerCase(first);
    }

    private static boolean endsWithWordHyphen(StringBuilder s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2));
    }

    private static StringBuilder flush(StringBuilder current, List<String> out) {
        if (current != null && current.length() > 0) {
            out.add(current.toString());
        }
        return null;
    }
}
