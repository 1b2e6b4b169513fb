package org.parallax.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Marks boilerplate paragraphs in three passes, in the manner of jusText's context-sensitive classification:
 * first each line on its own features (calls to action, link words, credits, labels, minus evidence of reported
 * prose); then by position (the block after the last prose paragraph, where appeals, tags and author notes go,
 * and captions standing between two paragraphs); then by context (a short line between two boilerplate lines is
 * boilerplate; at the end, a short line with a weak sign of an appeal that leads into boilerplate is too).
 * Labels repeated on the page ("Advertisement") go as well; repeated sentences stay, since copy is often
 * duplicated by the export and is content all the same.
 */
final class BoilerplateClassifier {
    /** The score from which a line is boilerplate on its own features. */
    static final int THRESHOLD = 3;
    /** Lines up to this many words are "short": too little text to judge alone, so context decides. */
    private static final int SHORT = 12;
    /** A paragraph with this many words and no call in it is prose. */
    private static final int PROSE = 12;

    private BoilerplateClassifier() {
    }

    /** Sets {@code marks} of boilerplate lines among those still {@link Mark#KEEP} to {@link Mark#REMOVE}. */
    static void classify(List<Line> lines, Mark[] marks) {
        int n = lines.size();
        int firstProse = n;
        int lastProse = -1;
        for (int i = 0; i < n; i++) {
            if (marks[i] == Mark.KEEP && isProse(lines.get(i))) {
                firstProse = Math.min(firstProse, i);
                lastProse = i;
            }
        }
        boolean[] boiler = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (marks[i] != Mark.KEEP) {
                boiler[i] = marks[i] == Mark.REMOVE;
                continue;
            }
            Line line = lines.get(i);
            boolean edge = i < firstProse || i > lastProse;
            // With no prose at all there is no "after the body": the whole text would count as its tail.
            boolean tail = lastProse >= 0 && i > lastProse;
            boiler[i] = line.boilerScore(edge) >= THRESHOLD
                    || line.isDivider() || line.isMenu() || (line.opensWithLinkLabel() && !line.reports())
                    || (edge && line.isSiteName())
                    || (tail && ((line.calls() > 0 && !line.reports()) || isTagList(line) || isAppeal(line)))
                    || isCaption(lines, marks, i);
        }
        markCreditedCaptions(lines, marks, boiler);
        markLinkLists(lines, marks, boiler);
        resolveByContext(lines, marks, boiler, firstProse, lastProse);
        markRepeated(lines, marks, boiler);
        for (int i = 0; i < n; i++) {
            if (marks[i] == Mark.KEEP && boiler[i]) {
                marks[i] = Mark.REMOVE;
            }
        }
    }

    /** Prose: a paragraph long enough to be a report, calling no one to act nor appealing for support. */
    static boolean isProse(Line line) {
        return line.words >= PROSE && line.calls() == 0 && line.boilerScore(false) < 2 && !line.isMenu()
                && !isAppeal(line);
    }

    /**
     * An appeal to readers after the story: it addresses the reader and speaks of support, donations or
     * readers, and reports no one ("We are funded by our readers. Please consider a monthly donation.").
     */
    static boolean isAppeal(Line line) {
        return line.addressesReader() && line.countDistinct(Vocabulary.APPEAL_WORDS) >= 2 && !line.reports()
                && line.quotedWords < 3;
    }

    /**
     * A photo caption is the one short sentence right above its credit line ("© NAME / AGENCY", "Photo: NAME"):
     * once the credit is known to be boilerplate, the sentence it credits goes with it, if it reads like a caption.
     */
    private static void markCreditedCaptions(List<Line> lines, Mark[] marks, boolean[] boiler) {
        for (int i = 1; i < lines.size(); i++) {
            int j = neighbour(marks, i, -1);
            if (!boiler[i] || !isPhotoCredit(lines.get(i)) || j < 0 || marks[j] != Mark.KEEP || boiler[j]) {
                continue;
            }
            if (describesAPicture(lines.get(j))) {
                boiler[j] = true;
            }
        }
    }

    /**
     * A sentence that could caption the picture a credit stands by: one sentence in the present of what the
     * picture shows ("Rescuers search the water below the broken span."), no quote, no report, and no verb the
     * cleaner knows in the past or as an auxiliary: "He did not elaborate." or "The attorney is a Republican." are
     * the story, whose pictures may be credited above their captions.
     */
    private static boolean describesAPicture(Line line) {
        if (line.sentences != 1 || line.words < 4 || line.words > 25 || line.quotedWords > 0 || line.reports()
                || !line.startsUpper() || line.terminal == ':' || isPhotoCredit(line) || line.hasFiniteVerb()) {
            return false;
        }
        String opener = line.tokens.get(0).toLowerCase(Locale.ROOT);
        if (Vocabulary.CLAUSE_OPENERS.contains(opener)) {
            return false;
        }
        for (String w : line.bareWords) {
            if (Vocabulary.PAST_FORMS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A credit line alone: "© NAME / AGENCY", "Photo: NAME"; a copyright notice ("© 2031 ...") is not one. */
    static boolean isPhotoCredit(Line line) {
        if (line.words > 10 || line.hasFiniteVerb(false)) {
            return false;
        }
        if (line.hasCreditMark()) {
            return true;
        }
        String t = line.text.strip();
        return t.startsWith("©") && !t.matches("(?s).*\\b\\d{4}\\b.*") && !line.bare.contains("rights")
                && !line.bare.contains("copyright");
    }

    /**
     * The heading of a list of links to other pages ("Most read", "More on this story") takes the lines of
     * headline shape (no closing period) right below it: the list's items. Other lists (a recipe's ingredients, a
     * table of figures) have no such heading and stay.
     */
    private static void markLinkLists(List<Line> lines, Mark[] marks, boolean[] boiler) {
        boolean inList = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (marks[i] == Mark.TITLE) {
                continue;
            }
            if (marks[i] == Mark.KEEP && isListHeading(line)) {
                boiler[i] = true;
                inList = true;
            } else if (inList && marks[i] == Mark.KEEP && isHeadlineShaped(line)) {
                boiler[i] = true;
            } else {
                inList = false;
            }
        }
    }

    /** "MOST READ", "More on this story:", "Related stories": a short label naming a list of other pages. */
    static boolean isListHeading(Line line) {
        if (line.words == 0 || line.words > 6 || line.endsSentence() && line.terminal != '!') {
            return false;
        }
        String label = String.join(" ", line.bareWords);
        return Vocabulary.LINK_LABELS.contains(label) || Vocabulary.LIST_HEADINGS.contains(label);
    }

    private static boolean isHeadlineShaped(Line line) {
        return line.words >= 3 && line.words <= 20 && !line.endsSentence() && line.terminal != ':'
                && line.terminal != ',' && !line.reports();
    }

    /**
     * A tag list: a few capitalised words, no verb, no final punctuation ("Economy Europe"); only meaningful in the
     * block after the last paragraph, since the same shape inside the body is a subheading.
     */
    static boolean isTagList(Line line) {
        return line.words >= 1 && line.words <= 6 && Character.isLetterOrDigit(line.terminal)
                && line.capitalized() == line.words && !line.hasFiniteVerb() && line.quotedWords == 0;
    }

    /**
     * A caption: a short descriptive line without a finite verb, ending in a period, between two paragraphs, built
     * around a participle ("Residents carrying sandbags along the river wall.").
     */
    static boolean isCaption(List<Line> lines, Mark[] marks, int i) {
        Line line = lines.get(i);
        if (line.words < 3 || line.words > 25 || line.terminal != '.' || line.quotedWords > 0 || line.sentences > 1
                || !line.startsUpper() || line.hasFiniteVerb()) {
            return false;
        }
        // Captions name someone and describe what the picture shows with a participle: "Mayor Ilse Varga
        // visiting ...", "Valmora volunteers filling ...". Without a part-of-speech tagger this shape must be
        // exact: capitalised names (no article, no possessive), at most one plural noun, then the participle.
        String opener = line.tokens.get(0).toLowerCase(Locale.ROOT);
        if (line.addressesReader() || Vocabulary.CLAUSE_OPENERS.contains(opener)
                || Vocabulary.ARTICLES.contains(opener)) {
            return false;
        }
        int k = 0;
        while (k < line.tokens.size() && k < 4 && isNameWord(line.tokens.get(k))) {
            k++;
        }
        if (k == 0) {
            return false;
        }
        if (k < line.tokens.size() && isPluralNoun(line.tokens.get(k))) {
            k++;
        }
        boolean describes = k < line.tokens.size() && isParticiple(line.tokens.get(k));
        return describes && isProseAt(lines, marks, neighbour(marks, i, -1))
                && isProseAt(lines, marks, neighbour(marks, i, +1));
    }

    private static boolean isNameWord(String t) {
        return Character.isUpperCase(t.charAt(0)) && !t.endsWith("'s") && !t.endsWith("’s")
                && !Vocabulary.FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT));
    }

    private static boolean isPluralNoun(String t) {
        return Character.isLowerCase(t.charAt(0)) && t.length() > 3 && t.endsWith("s") && !t.endsWith("ss");
    }

    private static boolean isParticiple(String t) {
        return Character.isLowerCase(t.charAt(0)) && t.length() > 5 && t.endsWith("ing");
    }

    private static boolean isProseAt(List<Line> lines, Mark[] marks, int j) {
        return j >= 0 && j < lines.size() && isProse(lines.get(j));
    }

    /** The nearest line in direction {@code step} that is not the title, or -1 / size at the edges. */
    private static int neighbour(Mark[] marks, int i, int step) {
        int j = i + step;
        while (j >= 0 && j < marks.length && marks[j] == Mark.TITLE) {
            j += step;
        }
        return j;
    }

    private static void resolveByContext(List<Line> lines, Mark[] marks, boolean[] boiler, int firstProse,
                                         int lastProse) {
        int n = lines.size();
        // Bottom-up, so that a decision spreads upward through a block of appeals at the end.
        for (int i = n - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (marks[i] != Mark.KEEP || boiler[i] || !isShortAndUnprotected(line)) {
                continue;
            }
            boolean weak = line.hasWeakBoilerSign();
            if (line.endsSentence() && line.hasFiniteVerb() && !weak) {
                continue; // a plain short sentence ("He declined to comment further.") is content anywhere
            }
            int prev = neighbour(marks, i, -1);
            int next = neighbour(marks, i, +1);
            boolean prevBoiler = prev >= 0 && boiler[prev];
            boolean nextBoiler = next < n && boiler[next];
            boolean tail = lastProse >= 0 && i > lastProse;
            boolean edge = tail || i < firstProse;
            if (prevBoiler && nextBoiler && (edge || weak || isTagList(line))) {
                // Inside the body only a line with a sign of its own goes: a subheading between a caption
                // and a link line is still a subheading.
                boiler[i] = true;
            } else if (nextBoiler && tail && weak) {
                boiler[i] = true;
            }
        }
    }

    /** Short enough for context to decide, and not quoted speech or a report, which are content wherever they are. */
    private static boolean isShortAndUnprotected(Line line) {
        return line.words <= SHORT && line.quotedWords < 3 && !line.reports();
    }

    private static void markRepeated(List<Line> lines, Mark[] marks, boolean[] boiler) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (marks[i] == Mark.KEEP && lines.get(i).words <= SHORT) {
                counts.merge(HeadlineFinder.key(lines.get(i).text), 1, Integer::sum);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (marks[i] == Mark.KEEP && line.words <= SHORT && line.quotedWords == 0 && !line.endsSentence()
                    && !line.hasFiniteVerb()
                    && line.words > 0 && counts.getOrDefault(HeadlineFinder.key(line.text), 0) > 1) {
                boiler[i] = true;
            }
        }
    }
}
