package org.parallax.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.parallax.model.Annotations;
import org.parallax.model.DateMention;
import org.parallax.model.Entity;
import org.parallax.model.Quantity;
import org.parallax.model.Quote;
import org.parallax.render.Html;

/**
 * An article's text as HTML paragraphs with its annotations highlighted: quotes, speakers, numbers and dates, each
 * its own class ({@code a-quote}, {@code a-speaker}, {@code a-number}, {@code a-date}).
 *
 * <p>Annotations nest and overlap (a quote holds a number, a date holds a number), so the text is cut wherever any
 * annotation starts or ends and each piece is one {@code <span>} with the classes of every annotation covering it:
 * the HTML stays flat and well nested whatever the spans. Annotations carry offsets into the cleaned text; spans
 * outside the text or empty are left out. Speakers carry a name but no offset, so every whole-word occurrence of a
 * speaker's name (its full name, the forms the article uses for it, and for a person the last word of the name)
 * is marked; one lower-case word is not a name ("residents") and is left alone. A quote's pieces carry a tooltip
 * naming its speaker and kind.
 */
final class AnnotatedText {
    static final int QUOTE = 1;
    static final int SPEAKER = 2;
    static final int NUMBER = 4;
    static final int DATE = 8;
    private static final String[] CLASSES = {"a-quote", "a-speaker", "a-number", "a-date"};
    /** Names shorter than this are not searched for: "Li" would mark half the words of a text. */
    private static final int MIN_NAME = 3;

    private AnnotatedText() {
    }

    /** Appends {@code text} with {@code annotations} marked; returns whether there was any paragraph. */
    static boolean append(StringBuilder b, String text, Annotations annotations) {
        byte[] kinds = kinds(text, annotations);
        int[] quotes = quoteAt(text, annotations.quotes());
        boolean any = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++; // blank lines between paragraphs
            }
            if (i >= n) {
                break;
            }
            int end = paragraphEnd(text, i);
            b.append("<p>");
            paragraph(b, text, i, end, kinds, quotes, annotations.quotes());
            b.append("</p>\n");
            any = true;
            i = end;
        }
        return any;
    }

    /** One byte per character: the bit set of the annotation kinds covering it. */
    static byte[] kinds(String text, Annotations a) {
        byte[] kinds = new byte[text.length()];
        for (Quote q : a.quotes()) {
            cover(kinds, q.start(), q.end(), QUOTE);
        }
        for (Quantity q : a.quantities()) {
            cover(kinds, q.start(), q.end(), NUMBER);
        }
        for (DateMention d : a.dates()) {
            cover(kinds, d.start(), d.end(), DATE);
        }
        for (String name : speakerNames(a)) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (wholeWord(text, at, at + name.length())) {
                    cover(kinds, at, at + name.length(), SPEAKER);
                }
            }
        }
        return kinds;
    }

    /** The forms a speaker's name takes in the article, longest first so the longer form is found first. */
    static List<String> speakerNames(Annotations a) {
        Set<String> speakers = new TreeSet<>();
        for (Quote q : a.quotes()) {
            if (q.speaker() != null && !q.speaker().isBlank()) {
                speakers.add(q.speaker().strip());
            }
        }
        Set<String> names = new LinkedHashSet<>(speakers);
        for (Entity e : a.entities()) {
            if (speakers.contains(e.canonical().strip()) || speakers.contains(e.text().strip())) {
                names.add(e.text().strip());
                if ("PERSON".equals(e.type())) {
                    names.add(lastWord(e.canonical().strip()));
                }
            }
        }
        List<String> sorted = new ArrayList<>();
        for (String name : names) {
            // a lower-case single word ("officials", "residents") would mark every use of a common noun
            if (name.length() >= MIN_NAME && (Character.isUpperCase(name.codePointAt(0)) || name.contains(" "))) {
                sorted.add(name);
            }
        }
        sorted.sort((x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
        return sorted;
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static void cover(byte[] kinds, int start, int end, int kind) {
        if (start < 0 || end > kinds.length || start >= end) {
            return; // an annotation that does not fit this text is dropped, not allowed to break the page
        }
        for (int i = start; i < end; i++) {
            kinds[i] |= (byte) kind;
        }
    }

    /** Where the paragraph starting at {@code start} ends: at a blank line, or at the end of the text. */
    private static int paragraphEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            int next = nl + 1;
            while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= text.length() || text.charAt(next) == '\n') {
                return nl;
            }
            i = next;
        }
        return text.length();
    }

    /**
     * For each character, 1 + the index of the shortest quote covering it (0: none), so a tooltip names the quote
     * a piece belongs to and two quotes side by side stay two pieces; null when the article has no quotes.
     */
    private static int[] quoteAt(String text, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return null;
        }
        int[] at = new int[text.length()];
        Integer[] order = new Integer[quotes.size()];
        for (int q = 0; q < order.length; q++) {
            order[q] = q;
        }
        // longest first, so a quote inside another (a partial quote in a direct one) claims its own characters
        java.util.Arrays.sort(order, (x, y) -> Integer.compare(length(quotes.get(y)), length(quotes.get(x))));
        for (int q : order) {
            Quote quote = quotes.get(q);
            if (quote.start() >= 0 && quote.end() <= text.length() && quote.start() < quote.end()) {
                java.util.Arrays.fill(at, quote.start(), quote.end(), q + 1);
            }
        }
        return at;
    }

    private static int length(Quote q) {
        return q.end() - q.start();
    }

    private static void paragraph(StringBuilder b, String text, int start, int end, byte[] kinds, int[] quoteAt,
                                  List<Quote> quotes) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n') {
                b.append("<br>\n");
                i++;
                continue;
            }
            int kind = kinds[i];
            int quote = quoteAt == null || (kind & QUOTE) == 0 ? 0 : quoteAt[i];
            int j = i + 1;
            while (j < end && kinds[j] == kind && text.charAt(j) != '\n'
                    && (quote == 0 || quoteAt[j] == quote)) {
                j++;
            }
            String piece = text.substring(i, j);
            if (kind == 0) {
                b.append(Html.escape(piece));
            } else {
                b.append("<span class=\"").append(classes(kind)).append('"');
                if (quote > 0) {
                    b.append(" title=\"").append(Html.escape(tooltip(quotes.get(quote - 1)))).append('"');
                }
                b.append('>').append(Html.escape(piece)).append("</span>");
            }
            i = j;
        }
    }

    /** "Direct quote: Ida Brandt", "Partial quote, speaker not named". */
    static String tooltip(Quote q) {
        String kind = q.kind() == null ? "Quote" : switch (q.kind()) {
            case DIRECT -> "Direct quote";
            case INDIRECT -> "Indirect quote";
            case PARTIAL -> "Partial quote";
        };
        return q.speaker() == null || q.speaker().isBlank() ? kind + ", speaker not named"
                : kind + ": " + q.speaker().strip();
    }

    /** The class names of a set of kinds, in a fixed order. */
    static String classes(int kind) {
        StringBuilder c = new StringBuilder();
        for (int bit = 0; bit < CLASSES.length; bit++) {
            if ((kind & (1 << bit)) != 0) {
                c.append(c.length() == 0 ? "" : " ").append(CLASSES[bit]);
            }
        }
        return c.toString();
    }
}
