package org.parallax.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs mojibake: UTF-8 text that was once decoded as Windows-1252, Latin-1 or Mac Roman and saved again, so that
 * {@code ’} became {@code â€™} (Windows-1252) or {@code ‚Äô} (Mac Roman) and {@code é} became {@code Ã©}.
 *
 * <p>A repair is made only where it is unambiguous: a run of characters that, encoded back in one of those
 * charsets, gives one complete and valid UTF-8 multi-byte sequence (a lead byte C2..F4 followed by exactly the right
 * number of continuation bytes 80..BF) that decodes to a plausible character. "Plausible" depends on what the
 * character is: accented Latin letters and typographic punctuation are accepted on their own, because legitimate
 * text almost never spells them as such a run; letters of other scripts (Cyrillic, Greek, CJK...) are accepted only
 * next to another repaired character of the same script, because a lone one is more likely legitimate text such as
 * "AÑ…" that merely happens to form a valid sequence. Text that was mangled twice is repaired in up to three passes.
 */
public final class Mojibake {
    /** Windows-1252 with the five bytes it leaves undefined read as Latin-1 C1 controls, as sloppy decoders do. */
    private static final ByteTable WINDOWS = ByteTable.windows1252AndLatin1();
    /** Mac Roman, the source of {@code ‚Äú} for {@code “}. */
    private static final ByteTable MAC_ROMAN = ByteTable.of(Charset.forName("x-MacRoman"));
    private static final List<ByteTable> TABLES = List.of(WINDOWS, MAC_ROMAN);
    /** Closing punctuation that can legitimately follow an upper-case accented letter ending an all-caps word. */
    private static final Set<Character> CLOSERS = Set.of('\u2019', '\u201d', '\u00bb', '\u2026', '\u00a0',
            '\u2013', '\u2014', '\u203a', '\u201c');
    private static final int MAX_PASSES = 3;
    private static final String LOST_RIGHT_QUOTE = "\u00e2\u20ac";
    /** The most non-letter characters allowed between two repaired characters of one script to count as neighbours. */
    private static final int MAX_NEIGHBOUR_GAP = 3;

    private Mojibake() {
    }

    /**
     * The text with every unambiguous mojibake run replaced by the character it stands for; {@code null} for
     * {@code null}. Text without mojibake is returned unchanged (the same instance).
     */
    public static String repair(String s) {
        if (s == null || isAscii(s)) {
            return s;
        }
        String current = s;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = repairOnce(current);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** One pass over the text, or null when nothing was repaired. */
    private static String repairOnce(String s) {
        List<Candidate> candidates = findCandidates(s);
        if (candidates.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        boolean changed = false;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (c.needsCompany && !hasNeighbour(s, candidates, k)) {
                continue;
            }
            out.append(s, copied, c.start).appendCodePoint(c.codePoint);
            copied = c.end;
            changed = true;
        }
        return changed ? out.append(s, copied, s.length()).toString() : null;
    }

    private static List<Candidate> findCandidates(String s) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Candidate c = candidateAt(s, i);
            if (c == null) {
                i++;
            } else {
                found.add(c);
                i = c.end;
            }
        }
        return found;
    }

    private static Candidate candidateAt(String s, int i) {
        Candidate quote = s.startsWith(LOST_RIGHT_QUOTE, i) ? lostRightQuote(s, i) : null;
        if (quote != null) {
            return quote;
        }
        for (ByteTable table : TABLES) {
            int lead = table.byteOf(s.charAt(i));
            if (lead < 0xC2 || lead > 0xF4) {
                continue;
            }
            int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            if (i + length > s.length()) {
                continue;
            }
            byte[] bytes = new byte[length];
            bytes[0] = (byte) lead;
            boolean complete = true;
            for (int j = 1; j < length && complete; j++) {
                int b = table.byteOf(s.charAt(i + j));
                complete = b >= 0x80 && b <= 0xBF;
                bytes[j] = (byte) b;
            }
            if (!complete || !isValidUtf8(bytes)) {
                continue;
            }
            int cp = new String(bytes, StandardCharsets.UTF_8).codePointAt(0);
            Candidate c = judge(s, i, length, cp, table);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The right double quote is E2 80 9D, and 9D is undefined in Windows-1252: decoders drop it or turn it into
     * U+FFFD, leaving "â€" alone. No text means "â€" followed by a space or by U+FFFD, so that is read as ”.
     */
    private static Candidate lostRightQuote(String s, int i) {
        int next = i + LOST_RIGHT_QUOTE.length();
        if (next < s.length() && s.charAt(next) == '\uFFFD') {
            return new Candidate(i, next + 1, '\u201d', false);
        }
        if (next == s.length() || Character.isWhitespace(s.charAt(next))) {
            return new Candidate(i, next, '\u201d', false);
        }
        return null;
    }

    /** Decides whether the decoded character is plausible, and whether it needs a neighbour of its script. */
    private static Candidate judge(String s, int start, int length, int cp, ByteTable table) {
        int end = start + length;
        if (length == 2) {
            if (cp < 0xA0) {
                return null;
            }
            if (table == MAC_ROMAN) {
                // Mac Roman leads C6..DF are quotes and dashes, common before accented letters in real text.
                return cp <= 0x17F ? new Candidate(start, end, cp, false) : null;
            }
            if (looksLikeAllCapsWordEnd(s, start, end)) {
                return null;
            }
            if (cp <= 0x17F || cp == 0x192 || (cp >= 0x218 && cp <= 0x21B)) {
                return new Candidate(start, end, cp, false);
            }
            boolean otherScript = cp <= 0x24F || (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x4FF)
                    || (cp >= 0x5D0 && cp <= 0x5EA) || (cp >= 0x621 && cp <= 0x64A);
            return otherScript ? new Candidate(start, end, cp, true) : null;
        }
        int type = Character.getType(cp);
        if (!Character.isDefined(cp) || type == Character.PRIVATE_USE || type == Character.CONTROL
                || type == Character.SURROGATE) {
            return null;
        }
        boolean symbol = length == 3 ? (cp >= 0x2000 && cp <= 0x2BFF) || cp == 0xFEFF || cp == 0xFFFD
                : cp >= 0x1F000 && cp <= 0x1FAFF;
        return new Candidate(start, end, cp, !symbol);
    }

    /**
     * True for an upper-case letter that ends an all-caps word and is followed by closing punctuation, such as the
     * Portuguese "IRMÃ”": that reads as Windows-1252 mojibake too, but is more likely meant.
     */
    private static boolean looksLikeAllCapsWordEnd(String s, int start, int end) {
        char lead = s.charAt(start);
        return Character.isUpperCase(lead) && start > 0 && Character.isUpperCase(s.charAt(start - 1))
                && CLOSERS.contains(s.charAt(start + 1)) && (end >= s.length() || !Character.isLetter(s.charAt(end)));
    }

    /** True when the candidate before or after {@code k} decodes to the same script, close by. */
    private static boolean hasNeighbour(String s, List<Candidate> candidates, int k) {
        Candidate c = candidates.get(k);
        return k > 0 && close(s, candidates.get(k - 1), c)
                || k + 1 < candidates.size() && close(s, c, candidates.get(k + 1));
    }

    private static boolean close(String s, Candidate left, Candidate right) {
        if (Character.UnicodeScript.of(left.codePoint) != Character.UnicodeScript.of(right.codePoint)
                || right.start - left.end > MAX_NEIGHBOUR_GAP) {
            return false;
        }
        for (int i = left.end; i < right.start; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Checks the second-byte ranges that rule out overlong forms, surrogates and code points above U+10FFFF. */
    private static boolean isValidUtf8(byte[] b) {
        int lead = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return switch (lead) {
            case 0xE0 -> second >= 0xA0;
            case 0xED -> second <= 0x9F;
            case 0xF0 -> second >= 0x90;
            case 0xF4 -> second <= 0x8F;
            default -> true;
        };
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A run {@code [start, end)} that would decode to {@code codePoint}. */
    private record Candidate(int start, int end, int codePoint, boolean needsCompany) {
    }

    /** The byte each character of a single-byte charset's upper half stands for. */
    private static final class ByteTable {
        private final Map<Character, Integer> bytes = new HashMap<>();

        static ByteTable of(Charset charset) {
            ByteTable t = new ByteTable();
            t.addUpperHalf(charset);
            return t;
        }

        static ByteTable windows1252AndLatin1() {
            ByteTable t = new ByteTable();
            t.addUpperHalf(Charset.forName("windows-1252"));
            t.addUpperHalf(StandardCharsets.ISO_8859_1);
            return t;
        }

        private void addUpperHalf(Charset charset) {
            for (int b = 0x80; b <= 0xFF; b++) {
                String c = new String(new byte[] {(byte) b}, charset);
                if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                    bytes.putIfAbsent(c.charAt(0), b);
                }
            }
        }

        /** The byte for {@code c}, or -1 when the charset has none in its upper half. */
        int byteOf(char c) {
            Integer b = bytes.get(c);
            return b == null ? -1 : b;
        }
    }
}
