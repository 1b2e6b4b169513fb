package org.parallax.compare;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits article text into sentences with their offsets. Uses the JDK's sentence {@link BreakIterator}, never across a
 * paragraph break, and mends its commonest error in news text: a break after an abbreviation or an initial
 * ("Mr. Lund", "J. Smith", "U.S. officials").
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g",
            "i.e", "approx", "dept", "univ", "ave", "mt", "ft");

    private Sentences() {
    }

    /** The sentences of {@code text}, in order; blank stretches are skipped. */
    public static List<Sentence> split(String articleId, String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            splitParagraph(articleId, text, paragraphStart, paragraphEnd, out);
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }

    private static void splitParagraph(String articleId, String text, int from, int to, List<Sentence> out) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        String paragraph = text.substring(from, to);
        it.setText(paragraph);
        int start = it.first();
        int pending = start;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < paragraph.length() && endsWithAbbreviation(paragraph, pending, end)) {
                continue;
            }
            add(articleId, text, from + pending, from + end, out);
            pending = end;
        }
    }

    private static boolean endsWithAbbreviation(String s, int start, int end) {
        String piece = s.substring(start, end).stripTrailing();
        if (!piece.endsWith(".")) {
            return false;
        }
        int space = piece.lastIndexOf(' ');
        String word = piece.substring(space + 1, piece.length() - 1).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    private static void add(String articleId, String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(articleId, out.size(), text.substring(start, end), start, end));
        }
    }
}
