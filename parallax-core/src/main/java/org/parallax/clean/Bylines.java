package org.parallax.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.text.Dates;

/**
 * Reads the lines that name an article's author or date: bylines ({@code By NAME}, {@code By NAME and NAME},
 * {@code Of: NAME}), author labels ({@code Written By}) followed by a name or a bio, bio lines
 * ({@code NAME is X's Breaking News Editor.}, {@code NAME is a reporter at ...}) and date header lines
 * ({@code date 2031-03-07 Home page world}).
 */
final class Bylines {
    private static final String PARTICLE = "(?:van|von|der|den|de|da|del|della|di|du|la|le|bin|ibn|al|el|dos|das)";
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.)";
    /** A personal name: two to four capitalised words, with particles ("Anna van der Berg") and initials. */
    static final String NAME = NAME_WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + NAME_WORD + "){1,3}";
    private static final Pattern BYLINE = Pattern.compile(
            "(?:(?i:by|of\\s*:|von|written\\s+by|words\\s+by|reporting\\s+by|authors?\\s*:|autor(?:in)?\\s*:"
                    + "|auteur\\s*:|text\\s*:)|par|por|door|di)\\s*:?\\s+(.+)");
    private static final Pattern NAMES = Pattern.compile(
            "(" + NAME + ")((?:\\s*(?:,|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*" + NAME + ")*)");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    /** What may follow the names: a separator, or "for"/"of"/"at" and the newsroom ("By NAME for the Courier"). */
    private static final Pattern BYLINE_EXTRA = Pattern.compile(
            "\\s*(?:[|•·–—,;/]|\\s-\\s|\\s(?:for|of|at|with)\\s)\\s*(.*)");
    private static final Pattern BIO = Pattern.compile("(" + NAME + ")\\s+(?:is|was|has been)\\s+"
            + "(?:(?i:a|an|the|our)\\s|[\\p{Lu}\\p{N}]).*");
    /** A beat line: "NAME covers health for the Courier.", "NAME writes about energy for Valmora Today." */
    private static final Pattern BEAT = Pattern.compile("(" + NAME + ")\\s+(?:covers|writes\\s+(?:about|on|for)"
            + "|reports\\s+(?:on|for))\\s+.*\\b(?:for|at)\\s+(?:the\\s+)?\\p{Lu}[^.]*\\.?");
    private static final Pattern ONLY_NAME = Pattern.compile(NAME);

    private Bylines() {
    }

    /** An author found in a line, and whether that line is only a byline (and so leaves the text). */
    record Byline(String author, LocalDate published) {
    }

    /**
     * The authors a byline line names, or null when the line is not a byline. Only short lines qualify: "By the
     * end of the week, ..." starts like one but names no one.
     */
    static Byline byline(Line line) {
        if (line.words > 16 || line.quotedWords > 0) {
            return null;
        }
        Matcher m = BYLINE.matcher(line.text);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(1).strip();
        Matcher names = NAMES.matcher(rest);
        if (!names.lookingAt()) {
            return null;
        }
        for (String w : Line.words(names.group())) {
            // "By Land And Sea" is a title-case headline: names do not contain capitalised function words.
            if (Character.isUpperCase(w.charAt(0))
                    && Vocabulary.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        String tail = rest.substring(names.end());
        if (!tail.isBlank() && !BYLINE_EXTRA.matcher(tail).matches()) {
            return null;
        }
        List<String> people = new ArrayList<>();
        for (String n : NAME_SPLIT.split(names.group().strip())) {
            if (!n.isBlank() && !namesAnOutlet(n)) {
                people.add(n.strip());
            }
        }
        if (people.isEmpty()) {
            return null;
        }
        return new Byline(join(people), Dates.find(tail));
    }

    /**
     * An agency's credit note, the whole line in brackets: "(Reporting by NAME; editing by NAME)",
     * "(Additional reporting by NAME)", "(Writing by NAME)".
     */
    static boolean isCreditNote(Line line) {
        return line.words <= 30 && CREDIT_NOTE.matcher(line.text).matches();
    }

    private static final Pattern CREDIT_NOTE = Pattern.compile("\\((?i:(?:additional\\s+)?(?:reporting|writing|"
            + "editing|edited|written|compiled|research|translation|translated|production|graphics|fact-checking)"
            + "\\s+(?:by|from)\\b)[^()]*\\)\\.?");

    /**
     * "Valmora Courier", "Staff Writer", "Calvenian Press Agency": a capitalised byline segment that names a
     * newsroom or another organisation, not a person.
     */
    private static boolean namesAnOutlet(String segment) {
        for (String w : Line.words(segment)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Vocabulary.MEDIA_WORDS.contains(lower) || Vocabulary.ORGANISATION_WORDS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** "Written By", "About the author": a label whose next line names the author. */
    static boolean isAuthorLabel(Line line) {
        if (line.words > 4) {
            return false;
        }
        String t = line.text.toLowerCase(Locale.ROOT).replaceAll("[:.]+$", "").strip();
        return Vocabulary.AUTHOR_LABELS.contains(t);
    }

    /** A line that is nothing but a personal name. */
    static String onlyName(Line line) {
        String t = line.text.strip();
        return line.words <= 5 && ONLY_NAME.matcher(t).matches() && !line.hasFiniteVerb() ? t : null;
    }

    /**
     * The person a bio line describes ("NAME is X's Breaking News Editor.", "NAME is a reporter at ..."), or null.
     * The first sentence must be short and name a newsroom role.
     */
    static String bioName(Line line) {
        List<String> sentences = Line.sentences(line.text.length() > 2000 ? line.text.substring(0, 2000) : line.text);
        if (sentences.isEmpty()) {
            return null;
        }
        String first = sentences.get(0);
        Matcher beat = BEAT.matcher(first);
        if (beat.matches() && Line.words(first).size() <= 15) {
            return beat.group(1); // "NAME covers health for the Courier."
        }
        Matcher m = BIO.matcher(first);
        if (!m.matches()) {
            return null;
        }
        List<String> w = Line.words(first);
        if (w.size() > 30) {
            return null;
        }
        for (String word : w) {
            if (Vocabulary.ROLES.contains(word.toLowerCase(Locale.ROOT))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Whether {@code line} is a bio of one sentence, short enough to be a standalone author note. */
    static boolean isShortBio(Line line) {
        return line.sentences == 1 && line.words <= 30;
    }

    /**
     * The date a header line states, or null when the line is not a date header: a short line with a date and
     * otherwise only chrome words (section names, "Updated", "Home page"), no sentence.
     *
     * @param inBody whether the body has begun above this line, where only a clear date stamp counts
     */
    static LocalDate headerDate(Line line, boolean inBody) {
        if (line.words > 14 || line.quotedWords > 0) {
            return null;
        }
        LocalDate d = Dates.find(line.text);
        if (d == null) {
            return null;
        }
        for (String t : line.tokens) {
            String w = t.toLowerCase(Locale.ROOT);
            if (Vocabulary.FINITE_VERBS.contains(w) && !w.equals("may")) {
                return null;
            }
        }
        // A headline may mention a date too ("Floods reach the coast on 7 March 2031"); a header line starts
        // with the date or a date label, or sets the date apart with a separator, or has little else.
        String first = line.tokens.get(0).toLowerCase(Locale.ROOT);
        boolean labelled = DATE_LABELS.contains(first) || Character.isDigit(first.charAt(0))
                || Dates.find(line.tokens.get(0)) != null || line.separators() > 0
                || line.text.matches("(?s).*\\d{1,2}:\\d{2}.*") || line.words <= 5;
        if (line.terminal == ':') {
            return null; // "On March 7, 2031, the town woke to this news:" introduces what follows
        }
        // Below the lede a date line must look like a stamp: a publishing label, or no sentence punctuation.
        boolean stamp = !inBody || STAMP_LABELS.contains(first)
                || (!line.endsSentence() && line.terminal != ':' && line.terminal != ',');
        return labelled && stamp ? d : null;
    }

    private static final Set<String> STAMP_LABELS = Set.of("published", "updated", "posted",
            "date", "dated", "created", "modified", "aktualisiert", "veröffentlicht", "publié", "publicado",
            "pubblicato", "gepubliceerd", "stand");

    private static final Set<String> DATE_LABELS = Set.of("date", "dated", "published",
            "updated", "posted", "created", "modified", "last", "on", "am", "vom", "le", "el", "il", "stand",
            "datum", "aktualisiert", "veröffentlicht", "publié", "publicado", "pubblicato", "gepubliceerd",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");

    private static String join(List<String> people) {
        if (people.size() <= 1) {
            return people.isEmpty() ? null : people.get(0);
        }
        return String.join(", ", people.subList(0, people.size() - 1)) + " and " + people.get(people.size() - 1);
    }
}
