package org.parallax.annotate;

import org.parallax.model.SpeakerType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the phrase a cue credits and resolves short names and pronouns, by explainable rules:
 * <ul>
 *   <li>a person's surname or first name alone ("Putin") becomes the most recent earlier full name that ends or
 *       starts with it ("Vladimir Putin"), else the first later one;</li>
 *   <li>"he"/"she" becomes the most recent person who was the subject of a speech verb or of a sentence, skipping
 *       people whose gender (from Mr/Mrs/Ms titles or an earlier he/she) does not fit, else the most recent person
 *       mentioned;</li>
 *   <li>"they"/"it" become the most recent group or organisation credited within the last three sentences;</li>
 *   <li>descriptors are stripped ("the Telegram channel X" -> X, "Russian President Vladimir Putin" -> Vladimir
 *       Putin); a phrase without a name stays as written ("the ministry", "officials").</li>
 * </ul>
 * One instance per article; call {@link #speaker} in text order, because pronoun resolution uses what came before.
 */
final class Speakers {
    /** A named speaker. */
    record Speaker(String name, SpeakerType type) {
        static final Speaker NONE = new Speaker(null, SpeakerType.UNKNOWN);
    }

    private record Run(int from, int to, String ner) {
    }

    private static final int PRONOUN_SENTENCES = 3;

    private final TokenView t;
    private final List<Run> persons = new ArrayList<>();
    private final boolean[] subjectRun;
    private final Map<String, Character> gender = new HashMap<>();
    /** Speakers credited so far, with the token where they were credited, for they/it. */
    private final List<int[]> groupCredits = new ArrayList<>();
    private final List<String> groupNames = new ArrayList<>();

    Speakers(TokenView t, List<Cue> cues) {
        this.t = t;
        for (int i = 0; i < t.size; ) {
            if (t.ner[i].equals("PERSON") && !t.isPunct(i) && t.tag[i].startsWith("NN")
                    && !t.lower[i].equals("said") && !t.lower[i].equals("says")) {
                int j = i;
                while (j < t.size && t.ner[j].equals("PERSON") && t.sentence[j] == t.sentence[i]) {
                    j++;
                }
                persons.add(new Run(i, j, "PERSON"));
                i = j;
            } else {
                i++;
            }
        }
        subjectRun = new boolean[persons.size()];
        Phrases np = new Phrases(t);
        for (int r = 0; r < persons.size(); r++) {
            Run run = persons.get(r);
            for (Cue c : cues) {
                if (c.subjFrom() >= 0 && run.from() >= c.subjFrom() && run.to() <= c.subjTo()) {
                    subjectRun[r] = true;
                }
            }
            int s = t.sentence[run.from()];
            int firstNpEnd = np.npStartingAt(t.first(s), t.last(s));
            if (firstNpEnd >= run.to() && firstNpEnd - t.first(s) <= Phrases.MAX_PHRASE) {
                subjectRun[r] = true;
            }
        }
        for (Run run : persons) {
            if (run.from() > 0) {
                String title = t.lower[run.from() - 1];
                String full = fullName(run);
                if (SpeechLexicon.MALE_TITLES.contains(title)) {
                    gender.putIfAbsent(full, 'm');
                } else if (SpeechLexicon.FEMALE_TITLES.contains(title)) {
                    gender.putIfAbsent(full, 'f');
                }
            }
        }
    }

    /** The text of a run without a trailing possessive. */
    private String runText(Run r) {
        int to = r.to();
        while (to > r.from() + 1 && (t.tag[to - 1].equals("POS") || t.isPunct(to - 1))) {
            to--;
        }
        return t.span(r.from(), to);
    }

    private String[] words(Run r) {
        return runText(r).split("\\s+");
    }

    /** The full name for a run: itself when it has two or more words, else the nearest longer name that fits. */
    private String fullName(Run r) {
        String[] w = words(r);
        if (w.length >= 2) {
            return runText(r);
        }
        String name = w[0];
        String subjectBefore = null;
        String before = null;
        String after = null;
        for (int k = 0; k < persons.size(); k++) {
            Run o = persons.get(k);
            String[] ow = words(o);
            if (ow.length >= 2 && (ow[ow.length - 1].equals(name) || ow[0].equals(name))) {
                if (o.from() < r.from()) {
                    before = runText(o);
                    if (subjectRun[k]) {
                        subjectBefore = before;
                    }
                } else if (after == null) {
                    after = runText(o);
                }
            }
        }
        // "Bill Clinton said ... his wife Hillary Clinton": a later "Clinton" is the one who was a subject
        return subjectBefore != null ? subjectBefore : before != null ? before : after != null ? after : name;
    }

    private boolean fits(String name, char g) {
        Character known = gender.get(name);
        return known == null || known == g;
    }

    /** The speaker the phrase [from, to) names; pronouns resolve against what came before {@code from}. */
    Speaker speaker(int from, int to) {
        if (from < 0 || to <= from) {
            return Speaker.NONE;
        }
        Speaker s = name(from, to);
        if (s.name() != null && (s.type() == SpeakerType.GROUP || s.type() == SpeakerType.ORGANIZATION)) {
            groupCredits.add(new int[] {from, t.sentence[from]});
            groupNames.add(s.name() + "\u0000" + s.type().name());
        }
        return s;
    }

    private Speaker name(int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            // "a report by the Guardian", "a statement from the ministry": the source behind the document
            if (SpeechLexicon.CARRIERS.contains(t.lower[i]) && !t.lower[i].startsWith("spokes")
                    && (t.lower[i + 1].equals("from") || t.lower[i + 1].equals("by") || t.lower[i + 1].equals("of"))) {
                return name(i + 2, to);
            }
        }
        if (to - from == 1 && (t.tag[from].equals("PRP") || t.tag[from].equals("PRP$"))) {
            return pronoun(from);
        }
        int head = headEnd(from, to);
        int d = afterDescriptor(from, head);
        if (d >= 0 && SpeechLexicon.MEDIA_WORDS.contains(t.lower[d - 1])) {
            return new Speaker(trimmed(d, head), SpeakerType.ORGANIZATION); // "the Telegram channel X"
        }
        Run person = lastRun(from, head, "PERSON");
        if (person != null && isMedia(person.from(), person.to())) {
            return new Speaker(runText(person), SpeakerType.ORGANIZATION); // "the Harbour Gazette" mistagged
        }
        if (person != null) {
            return new Speaker(fullName(person), SpeakerType.PERSON);
        }
        if (d >= 0) {
            String ner = t.ner[d];
            String name = trimmed(d, head);
            if (ner.equals("PERSON")) {
                return new Speaker(fullName(new Run(d, head, ner)), SpeakerType.PERSON);
            }
            return new Speaker(name, ner.equals("O") && !isMedia(from, head) ? SpeakerType.UNKNOWN
                    : SpeakerType.ORGANIZATION);
        }
        Run org = lastRun(from, head, "ORGANIZATION");
        if (org != null) {
            return new Speaker(runText(org), SpeakerType.ORGANIZATION);
        }
        Run place = lastRun(from, head, "LOCATION");
        if (place == null) {
            place = lastRun(from, head, "MISC");
        }
        if (place != null && onlyDeterminersBefore(from, place.from()) && place.to() >= head) {
            return new Speaker(runText(place), SpeakerType.ORGANIZATION);
        }
        if (head - from == 1 && t.tag[from].equals("NNP")) {
            String full = fullName(new Run(from, head, "PERSON"));
            if (!full.equals(t.word[from])) {
                return new Speaker(full, SpeakerType.PERSON); // a surname the tagger missed
            }
        }
        String text = t.span(from, to);
        boolean plural = false;
        for (int i = head - 1; i >= from; i--) {
            if (t.isNoun(i)) {
                plural = t.tag[i].equals("NNS") || t.tag[i].equals("NNPS");
                break;
            }
        }
        return new Speaker(text, plural ? SpeakerType.GROUP : SpeakerType.UNKNOWN);
    }

    /** The source a phrase names, for attributions and via: carriers and descriptors stripped. */
    String source(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (SpeechLexicon.CARRIERS.contains(t.lower[i]) && (t.lower[i + 1].equals("from")
                    || t.lower[i + 1].equals("by") || t.lower[i + 1].equals("of")) && i + 2 < to) {
                return source(i + 2, to);
            }
        }
        Speaker s = name(from, to);
        if (s.name() == null) {
            return null;
        }
        return stripArticle(s.name());
    }

    /** Whether the phrase looks like a news medium. */
    boolean isMedia(int from, int to) {
        for (int i = from; i < to; i++) {
            if (SpeechLexicon.MEDIA_WORDS.contains(t.lower[i])) {
                return true;
            }
        }
        return false;
    }

    static String stripArticle(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        for (String a : new String[] {"the ", "a ", "an "}) {
            if (l.startsWith(a) && s.length() > a.length()) {
                return s.substring(a.length());
            }
        }
        return s;
    }

    private int headEnd(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (SpeechLexicon.NP_CONNECTORS.contains(t.lower[i])) {
                return i;
            }
        }
        return to;
    }

    private String trimmed(int from, int to) {
        while (to > from + 1 && (t.tag[to - 1].equals("POS") || t.isPunct(to - 1))) {
            to--;
        }
        return t.span(from, to);
    }

    private boolean onlyDeterminersBefore(int from, int at) {
        for (int i = from; i < at; i++) {
            if (!t.tag[i].equals("DT")) {
                return false;
            }
        }
        return true;
    }

    /** "the Telegram channel Mozhem Obyasnit", "the news agency dpa": the token after the last descriptor. */
    private int afterDescriptor(int from, int head) {
        for (int i = head - 2; i >= from; i--) {
            if (SpeechLexicon.DESCRIPTORS.contains(t.lower[i]) && Character.isLowerCase(t.word[i].charAt(0))) {
                int d = i + 1;
                boolean named = Character.isUpperCase(t.word[d].charAt(0)) || t.isName(d) || head - d == 1;
                return named && !t.tag[d].equals("POS") ? d : -1;
            }
        }
        return -1;
    }

    /** The last run of {@code ner} inside [from, to) that is not a possessor ("Putin's spokesman"). */
    private Run lastRun(int from, int to, String ner) {
        Run found = null;
        for (int i = from; i < to; ) {
            if (t.ner[i].equals(ner) && !t.isPunct(i)) {
                int j = i;
                while (j < to && t.ner[j].equals(ner)) {
                    j++;
                }
                boolean possessor = j < to && t.tag[j].equals("POS") && j + 1 < to;
                boolean modifier = j < to && !possessor && t.isNoun(j); // "the Trump campaign"
                if (!possessor && !modifier) {
                    found = new Run(i, j, ner);
                }
                i = j;
            } else {
                i++;
            }
        }
        return found;
    }

    private Speaker pronoun(int at) {
        String p = SpeechLexicon.POSSESSIVES.getOrDefault(t.lower[at], t.lower[at]);
        if (SpeechLexicon.PERSON_PRONOUNS.contains(p)) {
            char g = p.equals("he") ? 'm' : 'f';
            String name = recentPerson(at, g, true);
            if (name == null) {
                name = recentPerson(at, g, false);
            }
            if (name == null) {
                return new Speaker(t.tag[at].equals("PRP$") ? p : t.word[at], SpeakerType.PERSON);
            }
            gender.putIfAbsent(name, g);
            return new Speaker(name, SpeakerType.PERSON);
        }
        if (p.equals("they") || p.equals("it")) {
            int s = t.sentence[at];
            for (int k = groupCredits.size() - 1; k >= 0; k--) {
                int[] c = groupCredits.get(k);
                if (c[0] >= at) {
                    continue;
                }
                if (s - c[1] > PRONOUN_SENTENCES) {
                    break;
                }
                String[] nt = groupNames.get(k).split("\u0000");
                SpeakerType type = SpeakerType.valueOf(nt[1]);
                if ((p.equals("they") && type == SpeakerType.GROUP) || (p.equals("it") && type == SpeakerType.ORGANIZATION)) {
                    return new Speaker(nt[0], type);
                }
            }
            return new Speaker(t.tag[at].equals("PRP$") ? p : t.word[at], p.equals("they") ? SpeakerType.GROUP : SpeakerType.UNKNOWN);
        }
        return new Speaker(t.tag[at].equals("PRP$") ? p : t.word[at], SpeakerType.UNKNOWN);
    }

    private String recentPerson(int at, char g, boolean subjectsOnly) {
        for (int r = persons.size() - 1; r >= 0; r--) {
            Run run = persons.get(r);
            if (run.to() > at || (subjectsOnly && !subjectRun[r])) {
                continue;
            }
            String name = fullName(run);
            if (fits(name, g)) {
                return name;
            }
        }
        return null;
    }
}
