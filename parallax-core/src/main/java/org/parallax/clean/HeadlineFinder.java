package org.parallax.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the headline among an article's first lines, past site chrome: navigation and search prompts, one-to-three
 * word section or site names, header and byline lines. A headline has headline shape (4 to 25 words, no final
 * period, one sentence); failing that, a short sentence followed by a longer body paragraph serves as the title
 * (a lede) but stays in the text.
 */
final class HeadlineFinder {
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 25;
    /** Lines above the headline this short are chrome (kickers, section names, breadcrumbs). */
    private static final int CHROME_WORDS = 6;

    private HeadlineFinder() {
    }

    /**
     * Finds the headline in the first {@code zone} paragraphs, marks it {@link Mark#TITLE} when it is a standalone
     * headline line and marks the chrome above it {@link Mark#REMOVE}.
     *
     * @return the headline, or null when the article opens straight with its body
     */
    static String find(List<Line> lines, Mark[] marks, int zone) {
        List<Integer> skipped = new ArrayList<>();
        boolean bodyFound = false;
        for (int i = 0; i < Math.min(zone, lines.size()); i++) {
            if (marks[i] != Mark.KEEP) {
                continue;
            }
            Line line = lines.get(i);
            if (isChrome(line)) {
                skipped.add(i);
                continue;
            }
            if (isHeadline(line)) {
                marks[i] = Mark.TITLE;
                removeChrome(lines, marks, skipped);
                return line.text;
            }
            if (isLede(line) && longerFollows(lines, marks, i)) {
                removeChrome(lines, marks, skipped);
                return line.text;
            }
            if (line.words > MAX_WORDS || line.sentences > 1) {
                bodyFound = true;
                break;
            }
            skipped.add(i);
        }
        if (!bodyFound) {
            return null;
        }
        // No headline: still drop the one-to-three word labels that sat above the body.
        for (int i : skipped) {
            if (lines.get(i).words <= 3 && !lines.get(i).endsSentence()) {
                marks[i] = Mark.REMOVE;
            }
        }
        return null;
    }

    /**
     * Marks the line equal to a title known from metadata (the page repeats its headline) as {@link Mark#TITLE},
     * and the short chrome above it as removed.
     */
    static void markKnown(String title, List<Line> lines, Mark[] marks, int zone) {
        String key = key(title);
        if (key.isEmpty()) {
            return;
        }
        List<Integer> above = new ArrayList<>();
        for (int i = 0; i < Math.min(zone, lines.size()); i++) {
            if (marks[i] != Mark.KEEP) {
                continue;
            }
            if (lines.get(i).words <= MAX_WORDS * 2 && key(lines.get(i).text).equals(key)) {
                marks[i] = Mark.TITLE;
                removeChrome(lines, marks, above);
                return;
            }
            above.add(i);
        }
    }

    private static void removeChrome(List<Line> lines, Mark[] marks, List<Integer> skipped) {
        for (int i : skipped) {
            Line l = lines.get(i);
            if (l.words <= CHROME_WORDS || isChrome(l)) {
                marks[i] = Mark.REMOVE;
            }
        }
    }

    /** Site chrome: a prompt, a label of one to three words, a caption or credit. */
    static boolean isChrome(Line line) {
        return line.words <= 3 || line.boilerScore(true) >= 3 || line.hasCreditMark();
    }

    static boolean isHeadline(Line line) {
        return line.words >= MIN_WORDS && line.words <= MAX_WORDS && line.sentences == 1 && line.startsUpper()
                && ".,;:".indexOf(line.terminal) < 0 && !line.hasEmail();
    }

    private static boolean isLede(Line line) {
        return line.words >= MIN_WORDS && line.words <= MAX_WORDS + 5 && line.sentences == 1 && line.startsUpper()
                && line.terminal == '.';
    }

    private static boolean longerFollows(List<Line> lines, Mark[] marks, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (marks[j] == Mark.KEEP) {
                return lines.get(j).words > lines.get(i).words;
            }
        }
        return false;
    }

    /** A comparison key: lower-case words only, so punctuation and spacing differences do not matter. */
    static String key(String s) {
        return String.join(" ", Line.words(s.toLowerCase(Locale.ROOT)));
    }
}
