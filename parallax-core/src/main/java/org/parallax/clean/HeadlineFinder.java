package org.parallax.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the headline among an article's first lines, past site chrome: navigation and search prompts, one-to-three
 * word section or site names, header and byline lines. A headline has headline shape (4 to 25 words, no final
 * period, one sentence); failing that, an opening short sentence followed by body paragraphs serves as the title
 * (a lede) but stays in the text. The first line that is not chrome decides: past it, the body has begun.
 */
final class HeadlineFinder {
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 25;

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
        for (int i = 0; i < Math.min(zone, lines.size()); i++) {
            if (marks[i] != Mark.KEEP) {
                continue;
            }
            Line line = lines.get(i);
            if (isChrome(line)) {
                skipped.add(i);
                continue;
            }
            // The first line that is not chrome decides: a headline, a lede sentence, or already the body.
            if (isHeadline(line)) {
                marks[i] = Mark.TITLE;
                removeChrome(lines, marks, skipped);
                return line.text;
            }
            removeLabels(lines, marks, skipped);
            return isLede(line) && followed(marks, i) ? line.text : null;
        }
        return null;
    }

    /**
     * Marks the line equal to a title known from metadata (the page repeats its headline) as {@link Mark#TITLE},
     * and the chrome above it (short labels, prompts) as removed.
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
            Line line = lines.get(i);
            if (isChrome(line) || (line.words <= 6 && !line.endsSentence())) {
                above.add(i);
            }
        }
    }

    private static void removeChrome(List<Line> lines, Mark[] marks, List<Integer> chrome) {
        for (int i : chrome) {
            marks[i] = Mark.REMOVE;
        }
    }

    /** Without a headline, only the one-to-three word labels above the body go ("World News", "Live"). */
    private static void removeLabels(List<Line> lines, Mark[] marks, List<Integer> skipped) {
        for (int i : skipped) {
            Line line = lines.get(i);
            if (isLabel(line) || line.isMenu() || line.isSiteName()
                    || line.boilerScore(true) >= BoilerplateClassifier.THRESHOLD) {
                marks[i] = Mark.REMOVE;
            }
        }
    }

    /**
     * Site chrome: a label of one to three words (not a short sentence such as "He was 85."), a menu or
     * breadcrumb line, a site-name line, a prompt, a caption or credit.
     */
    static boolean isChrome(Line line) {
        return isLabel(line) || line.isMenu() || line.isSiteName()
                || line.boilerScore(true) >= BoilerplateClassifier.THRESHOLD || line.hasCreditMark();
    }

    private static boolean isLabel(Line line) {
        return line.words <= 3 && !line.endsSentence();
    }

    static boolean isHeadline(Line line) {
        return line.words >= MIN_WORDS && line.words <= MAX_WORDS && line.sentences <= 2 && line.startsUpper()
                && ".,;:".indexOf(line.terminal) < 0 && !line.hasEmail();
    }

    private static boolean isLede(Line line) {
        return line.words >= MIN_WORDS && line.words <= MAX_WORDS + 5 && line.sentences == 1 && line.startsUpper()
                && line.terminal == '.';
    }

    /** A lede is a title only when body paragraphs follow it. */
    private static boolean followed(Mark[] marks, int i) {
        for (int j = i + 1; j < marks.length; j++) {
            if (marks[j] == Mark.KEEP) {
                return true;
            }
        }
        return false;
    }

    /** A comparison key: lower-case words only, so punctuation and spacing differences do not matter. */
    static String key(String s) {
        return String.join(" ", Line.words(s.toLowerCase(Locale.ROOT)));
    }
}
