package org.parallax.annotate;

/**
 * Token-level noun-phrase rules over a {@link TokenView}: the phrase ending just before a verb (its subject), the
 * phrase starting just after (an inverted subject, an audience, the source after "according to"). No parser: a
 * noun phrase is a run of determiners, adjectives, numbers, nouns, names and possessives, optionally joined by
 * "of"/"for"/... to a further such run ("Joel Pollak of the Daily News").
 */
final class Phrases {
    /** Longest phrase considered, so a run-on list cannot become one "speaker". */
    static final int MAX_PHRASE = 12;

    private final TokenView t;

    Phrases(TokenView t) {
        this.t = t;
    }

    /** Whether token {@code i} can be part of a noun phrase. */
    boolean isNpToken(int i) {
        if (t.quote[i] >= 0) {
            return false;
        }
        String tag = t.tag[i];
        if (t.word[i].equals("/") || (i > 0 && t.end[i - 1] == t.begin[i]
                && (t.word[i - 1].equals("-") || t.word[i - 1].equals("/")) && !t.isPunct(i))) {
            return true; // "conservative-leaning", "Times/CBS": one word split by the tokenizer
        }
        if (tag.equals("DT")) {
            String w = t.lower[i];
            return !(w.equals("that") || w.equals("which") || w.equals("what") || w.equals("this")
                    || w.equals("these") || w.equals("those") || w.equals("both") || w.equals("all"));
        }
        if (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("POS")
                || tag.equals("PRP$") || tag.equals("HYPH")) {
            return !t.isPunct(i) || tag.equals("POS") || t.word[i].equals("-") || t.word[i].equals("&");
        }
        return t.isName(i) && !t.isPunct(i);
    }

    /** Whether token {@code i} can end (head) a noun phrase. */
    private boolean isHead(int i) {
        return t.quote[i] < 0 && (t.tag[i].startsWith("NN") || (t.isName(i) && !t.isPunct(i))
                || t.tag[i].equals("CD"));
    }

    /** Start of the noun phrase ending at token {@code i} (inclusive), not before {@code floor}; -1 if none. */
    int npEndingAt(int i, int floor) {
        if (i < floor || !isHead(i)) {
            return -1;
        }
        int j = i;
        while (j - 1 >= floor && i - j < MAX_PHRASE) {
            if (isNpToken(j - 1)) {
                j--;
                if (t.tag[j].equals("DT") && !(j - 2 >= floor
                        && SpeechLexicon.NP_CONNECTORS.contains(t.lower[j - 1]) && isHead(j - 2))) {
                    break; // a determiner opens the phrase, unless "of"/"for" joins it to one before
                }
            } else if (j - 2 >= floor && SpeechLexicon.NP_CONNECTORS.contains(t.lower[j - 1]) && isHead(j - 2)) {
                j -= 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** End (exclusive) of the noun phrase starting at token {@code i}, not past {@code ceil}; -1 if none. */
    int npStartingAt(int i, int ceil) {
        int j = i;
        int lastHead = -1;
        while (j < ceil && j - i < MAX_PHRASE) {
            if (isNpToken(j)) {
                if (lastHead >= 0 && lastHead == j - 1 && (t.tag[j].equals("DT") || t.tag[j].equals("CD"))) {
                    break; // "told the Guardian the group ...", "according to dpa 300,000 ...": a new phrase
                }
                if (isHead(j)) {
                    lastHead = j;
                }
                j++;
            } else if (lastHead == j - 1 && j + 1 < ceil && t.lower[j].equals("by")
                    && SpeechLexicon.CARRIERS.contains(t.lower[j - 1]) && isNpToken(j + 1)) {
                j++; // "a report by the Gazette"
            } else if (lastHead == j - 1 && j + 1 < ceil && SpeechLexicon.NP_CONNECTORS.contains(t.lower[j])
                    && isNpToken(j + 1) && !t.lower[j].equals("on") && !t.lower[j].equals("in")) {
                j++;
            } else {
                break;
            }
        }
        return lastHead < 0 ? -1 : lastHead + 1;
    }

    /** Whether token {@code i} is a subject pronoun. */
    boolean isPronoun(int i) {
        return t.tag[i].equals("PRP") && SpeechLexicon.PRONOUNS.contains(t.lower[i]);
    }
}
