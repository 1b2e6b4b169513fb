package org.parallax.annotate;

import java.util.Locale;

/**
 * Repairs the tagging of speech and stance verbs in title-case headlines ("Mayor Doe Slams Ferry Contract"): the
 * tagger reads a capitalised "Slams" after a name as part of the name, so no cue rule would see it. On a line of its
 * own written in title case, a capitalised word ending in -s that follows a name and whose singular stem is a speech
 * or stance verb of the lexicon is retagged as a present-tense verb (VBZ) with that stem as lemma, and leaves the
 * name.
 */
final class HeadlineVerbs {
    /** Fewest capitalised words of four letters or more for a line to count as a title-case headline. */
    private static final int MIN_TITLE_WORDS = 3;

    private HeadlineVerbs() {
    }

    /** Retags the headline verbs of {@code t} in place (the view belongs to one extraction). */
    static void retag(TokenView t) {
        for (int s = 0; s < t.sentences(); s++) {
            int first = t.first(s);
            int last = t.last(s);
            if (!ownLine(t, first, last) || !titleCase(t, first, last)) {
                continue;
            }
            for (int i = first + 1; i + 1 < last; i++) {
                String lemma = verbStem(t, i);
                if (lemma != null && (t.isName(i - 1) || t.tag[i - 1].startsWith("NNP")) && !t.isPunct(i + 1)) {
                    t.tag[i] = "VBZ";
                    t.lemma[i] = lemma;
                    t.ner[i] = "O";
                }
            }
        }
    }

    private static boolean ownLine(TokenView t, int first, int last) {
        return (first == 0 || t.newlineBetween(first - 1, first)) && (last >= t.size || t.newlineBetween(last - 1, last));
    }

    private static boolean titleCase(TokenView t, int first, int last) {
        int words = 0;
        int capitalised = 0;
        for (int i = first; i < last; i++) {
            if (t.word[i].length() >= 4 && Character.isLetter(t.word[i].charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(t.word[i].charAt(0)) ? 1 : 0;
            }
        }
        return capitalised >= MIN_TITLE_WORDS && capitalised * 10 >= words * 8;
    }

    /** The lexicon verb a capitalised "-s" word is the third person of ("Slams" -> "slam"), or null. */
    private static String verbStem(TokenView t, int i) {
        String w = t.word[i];
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !w.endsWith("s") || t.tag[i].startsWith("VB")
                || t.quote[i] >= 0) {
            return null;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        String[] stems = {lower.substring(0, lower.length() - 1),
            lower.endsWith("es") ? lower.substring(0, lower.length() - 2) : null,
            lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y" : null};
        for (String stem : stems) {
            if (stem != null && (SpeechLexicon.CLAUSE_VERBS.contains(stem) || SpeechLexicon.STANCE_VERBS.contains(stem))) {
                return stem;
            }
        }
        return null;
    }
}
