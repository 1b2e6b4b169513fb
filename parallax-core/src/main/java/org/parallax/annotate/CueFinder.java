package org.parallax.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds speech cues and the phrase each one credits, by token rules: a speech verb with its subject to the left
 * ("Putin said", "the ministry has warned", "Melnikova, a lawyer, told"), to the right after a quote or comma
 * ("..., said the mayor"), or inherited by a participle ("..., adding that"); and "according to" with the phrase after
 * it. Passive uses ("was told") and infinitives ("to say") are not cues: they credit nobody.
 */
final class CueFinder {
    /** Longest source before a headline's colon ("Wash Post Fact-Check:"), in tokens. */
    private static final int MAX_HEADLINE_SOURCE = 5;

    private final TokenView t;
    private final Phrases np;

    CueFinder(TokenView t) {
        this.t = t;
        this.np = new Phrases(t);
    }

    /** All cues outside quote marks, in text order. */
    List<Cue> find() {
        List<Cue> cues = new ArrayList<>();
        for (int s = 0; s < t.sentences(); s++) {
            int first = t.first(s);
            int last = t.last(s);
            for (int i = first; i < last; i++) {
                if (t.quote[i] >= 0) {
                    continue;
                }
                Cue c = according(i, last);
                if (c == null) {
                    c = dashCredit(i, last);
                }
                if (c == null) {
                    c = colonCredit(i, first);
                }
                if (c == null) {
                    c = headlineCredit(i, first, last);
                }
                if (c == null && (cues.isEmpty() || cues.get(cues.size() - 1).from() < first)) {
                    c = colonIntroduction(i, first);
                }
                if (c == null) {
                    c = claimNoun(i, first);
                }
                if (c == null) {
                    c = stanceNoun(i, first, last);
                }
                if (c == null) {
                    c = verbCue(i, first, last, cues);
                }
                if (c != null) {
                    cues.add(c);
                    i = c.to() - 1;
                }
            }
        }
        return cues;
    }

    private Cue according(int i, int last) {
        if (!t.lower[i].equals("according") || i + 1 >= last || !t.lower[i + 1].equals("to")) {
            return null;
        }
        int end = np.npStartingAt(i + 2, last);
        return end < 0 ? null : new Cue(i, i + 2, i + 2, end, -1, -1, true);
    }

    /** A credit line after a quote: {@code "..." ― Jane Doe} (a dash, then a person's name). */
    private Cue dashCredit(int i, int last) {
        String w = t.word[i];
        boolean dash = w.equals("―") || w.equals("—") || w.equals("–") || w.equals("--");
        if (!dash || i == 0 || t.quote[i - 1] < 0 || i + 1 >= last || !t.ner[i + 1].equals("PERSON")) {
            return null;
        }
        int end = i + 1;
        while (end < last && t.ner[end].equals("PERSON")) {
            end++;
        }
        return new Cue(i, i + 1, i + 1, end, -1, -1, false);
    }

    /** A name opening its sentence and followed by a colon and a quote: {@code Jane Doe: "..."} (headlines, Q&A). */
    private Cue colonCredit(int i, int first) {
        if (!t.word[i].equals(":") || i == first || i + 1 >= t.size || t.quote[i + 1] < 0) {
            return null;
        }
        int start = np.npEndingAt(i - 1, first);
        boolean opens = start == first || (start > first && isDash(start - 1));
        if (!opens || !t.ner[i - 1].equals("PERSON")) {
            return null;
        }
        return new Cue(i, i + 1, start, i, -1, -1, false);
    }

    /**
     * A headline that credits its claim to a source before a colon, on a line of its own: {@code Poll: Smith
     * leads in Ohio}, {@code Jane Doe: We will not resign}. The source is a short noun phrase opening the line; the
     * rest of the line must be a clause.
     */
    private Cue headlineCredit(int i, int first, int last) {
        if (!t.word[i].equals(":") || i == first || i - first > MAX_HEADLINE_SOURCE || i + 1 >= last
                || t.quote[i + 1] >= 0 || t.ner[i - 1].equals("DATE") || t.ner[i - 1].equals("TIME")) {
            return null;
        }
        boolean ownLine = (first == 0 || t.newlineBetween(first - 1, first))
                && (last >= t.size || t.newlineBetween(last - 1, last));
        if (!ownLine || np.npEndingAt(i - 1, first) != first || !t.isNoun(i - 1)) {
            return null;
        }
        int words = 0;
        boolean verb = false;
        for (int k = i + 1; k < last; k++) {
            words += t.isPunct(k) ? 0 : 1;
            verb |= t.isVerb(k);
        }
        return words >= 3 && verb ? new Cue(i, i + 1, first, i, -1, -1, false) : null;
    }

    /**
     * "Kaine has taken the usual stance: 'I am ...'": a colon that introduces a quote credits the subject of the
     * sentence when no speech verb does, and only a named subject or a pronoun.
     */
    private Cue colonIntroduction(int i, int first) {
        if (!t.word[i].equals(":") || i + 1 >= t.size || t.quote[i + 1] < 0) {
            return null;
        }
        for (int v = first; v < i; v++) {
            if (t.quote[v] >= 0) {
                return null;
            }
            if (t.tag[v].equals("VBD") || t.tag[v].equals("VBZ") || t.tag[v].equals("VBP")
                    || (t.tag[v].equals("VBN") && perfect(v, first))) {
                int[] s = leftSubject(v, first);
                if (s != null && (named(s) || np.isPronoun(s[0]))) {
                    return new Cue(i, i + 1, s[0], s[1], -1, -1, false);
                }
                return null;
            }
        }
        return null;
    }

    /** "Smith's claim that ...", "his belief that ...": a position noun with a possessor and a that-clause. */
    private Cue claimNoun(int i, int first) {
        if (!t.isNoun(i) || !SpeechLexicon.CLAIM_NOUNS.contains(t.lemma[i]) || i + 1 >= t.size
                || !t.lower[i + 1].equals("that") || i == first) {
            return null;
        }
        int p = i - 1;
        while (p > first && t.tag[p].startsWith("JJ")) {
            p--; // "his repeated claim"
        }
        if (t.tag[p].equals("PRP$")) {
            return new Cue(i, i + 1, p, p + 1, -1, -1, false);
        }
        if (t.tag[p].equals("POS") && p - 1 >= first && t.isName(p - 1)) {
            int s = p - 1;
            while (s > first && t.ner[s - 1].equals(t.ner[p - 1])) {
                s--;
            }
            return new Cue(i, i + 1, s, p, -1, -1, false);
        }
        return null;
    }

    /**
     * "Smith's criticism of the plan", "her call for a recount", "their plan to cut taxes": a stance noun with a
     * possessor (a possessive pronoun or a name with 's) and a preposition or infinitive; the cue is the noun with
     * its preposition, the possessor is the source.
     */
    private Cue stanceNoun(int i, int first, int last) {
        if (!t.isNoun(i) || !SpeechLexicon.STANCE_NOUNS.contains(t.lemma[i]) || i + 2 >= last || i == first
                || !SpeechLexicon.STANCE_PREPOSITIONS.contains(t.lower[i + 1]) || t.quote[i + 1] >= 0) {
            return null;
        }
        if (t.lower[i + 1].equals("to") && !t.tag[i + 2].equals("VB") && !t.lemma[i].equals("opposition")) {
            return null; // "his plan to the council": only an infinitive or "opposition to" states a stance
        }
        int[] possessor = possessor(i, first);
        return possessor == null ? null : new Cue(i, i + 2, possessor[0], possessor[1], -1, -1, false);
    }

    /** The possessor before noun {@code i} ("his", "Jane Doe's", "the ministry's"), skipping adjectives. */
    private int[] possessor(int i, int first) {
        int p = i - 1;
        while (p > first && (t.tag[p].startsWith("JJ") || t.tag[p].equals("VBN"))) {
            p--; // "his repeated claim", "her long-awaited plan"
        }
        if (t.tag[p].equals("PRP$") && !SpeechLexicon.NON_SOURCE_PRONOUNS.contains(
                SpeechLexicon.POSSESSIVES.getOrDefault(t.lower[p], t.lower[p]))) {
            return new int[] {p, p + 1};
        }
        if (t.tag[p].equals("POS") && p - 1 >= first && t.isName(p - 1)) {
            int s = p - 1;
            while (s > first && t.ner[s - 1].equals(t.ner[p - 1])) {
                s--;
            }
            return new int[] {s, p};
        }
        return null;
    }

    private boolean isSpeechVerb(int i) {
        String lemma = t.lemma[i];
        if (!t.tag[i].startsWith("VB")) {
            // "Said Ellis: ..." opens a sentence and is often tagged as a proper noun
            return (t.lower[i].equals("said") || t.lower[i].equals("says")) && i == t.first(t.sentence[i]);
        }
        if (lemma.equals("point")) {
            return i + 1 < t.size && t.lower[i + 1].equals("out");
        }
        if (lemma.equals("call")) {
            // "called for", "called on", and "called it a disgrace" (not the participle "a group called X")
            return i + 1 < t.size && (t.lower[i + 1].equals("for") || t.lower[i + 1].equals("on")
                    || (!t.tag[i].equals("VBN") && (t.tag[i + 1].equals("PRP") || t.tag[i + 1].equals("NNP")
                    || t.tag[i + 1].equals("DT")) && i > 0 && !t.isNoun(i - 1))
                    || (finite(i) && calledObject(i + 1)));
        }
        if (lemma.equals("shoot") || lemma.equals("fire") || lemma.equals("hit")) {
            return i + 1 < t.size && t.lower[i + 1].equals("back"); // "Trump shot back"
        }
        if (lemma.equals("rule")) {
            return i + 1 < t.size && t.lower[i + 1].equals("out");
        }
        if (lemma.equals("put")) {
            return i + 1 < t.size && t.lower[i + 1].equals("it");
        }
        return SpeechLexicon.CLAUSE_VERBS.contains(lemma) || SpeechLexicon.QUOTE_ONLY_VERBS.contains(lemma)
                || SpeechLexicon.COGNITION_VERBS.contains(lemma) || SpeechLexicon.STANCE_VERBS.contains(lemma)
                || takesThatClause(i);
    }

    /** Whether verb {@code i} is finite (past or present tense). */
    private boolean finite(int i) {
        return t.tag[i].equals("VBD") || t.tag[i].equals("VBZ") || t.tag[i].equals("VBP");
    }

    /**
     * Whether a finite "called" is followed by an object ("Doe called the plan a disgrace", "called her vote a
     * mistake", "called them 'cowards'"): naming something with a judgement is a stance, whoever the subject is.
     */
    private boolean calledObject(int j) {
        if (j >= t.size) {
            return false;
        }
        String tag = t.tag[j];
        return t.quote[j] >= 0 || tag.equals("PRP") || tag.equals("PRP$") || tag.equals("DT")
                || tag.startsWith("NN") || tag.equals("CD") || tag.equals("JJ") || tag.equals("PDT");
    }

    /** Any verb followed directly by the complementiser "that" ("the report concludes that"). */
    boolean takesThatClause(int i) {
        return i + 1 < t.size && t.lower[i + 1].equals("that") && t.tag[i + 1].equals("IN")
                && !t.lemma[i].equals("be") && !t.lemma[i].equals("so");
    }

    private Cue verbCue(int v, int first, int last, List<Cue> earlier) {
        if (!isSpeechVerb(v)) {
            return null;
        }
        int to = v + 1;
        if (to < last && (t.lower[to].equals("out") && t.lemma[v].equals("point")
                || t.lower[to].equals("it") && t.lemma[v].equals("put")
                || t.lower[to].equals("out") && t.lemma[v].equals("rule")
                || t.lower[to].equals("back")
                || (t.lower[to].equals("for") || t.lower[to].equals("on")) && t.lemma[v].equals("call"))) {
            to++;
        }
        if (v > first && (t.lower[v - 1].equals("to"))) {
            return null; // "wants to say": an intention, nobody speaks
        }
        if (t.tag[v].equals("VBN") && !perfect(v, first)) {
            // passive ("was told") or a participle after a noun ("the money raised"): a cue only with its agent
            return passiveWithAgent(v, first, last);
        }
        int[] aud = audience(v, to, last);
        int[] subj = null;
        if (t.tag[v].equals("VBG") && !progressive(v, first)) {
            subj = inherited(v, first, earlier);
        } else {
            subj = leftSubject(v, first);
            if (subj == null) {
                subj = rightSubject(v, to, first, last);
            }
        }
        if (subj == null) {
            return null;
        }
        return new Cue(v, to, subj[0], subj[1], aud == null ? -1 : aud[0], aud == null ? -1 : aud[1], false);
    }

    /**
     * "The plan was criticised by Jane Doe", "the story was first reported by the Daily Bugle": a passive speech or
     * stance verb after a form of "be", with a named agent after "by". The cue runs to "by"; the agent is the
     * source; the content is the passive subject ({@code QuoteExtractor} takes it from the sentence start).
     */
    private Cue passiveWithAgent(int v, int first, int last) {
        int by = v + 1;
        if (by + 1 >= last || !t.lower[by].equals("by") || !passive(v, first)) {
            return null;
        }
        int end = np.npStartingAt(by + 1, last);
        if (end < 0 || !named(new int[] {by + 1, end})) {
            return null;
        }
        return new Cue(v, by + 1, by + 1, end, -1, -1, false);
    }

    /** Whether participle {@code v} follows a form of "be" ("was reported", "has been sharply criticised"). */
    private boolean passive(int v, int first) {
        for (int i = v - 1; i >= first && v - i <= 3; i--) {
            if (t.lemma[i].equals("be")) {
                return true;
            }
            if (!t.tag[i].startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code i} belongs to a time expression ("this month", "Friday"), or opens one ("on"). */
    private boolean isTime(int i) {
        String ner = t.ner[i];
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET")) {
            return true;
        }
        return (t.lower[i].equals("on") || t.lower[i].equals("this") || t.lower[i].equals("last"))
                && i + 1 < t.size && (t.ner[i + 1].equals("DATE") || t.ner[i + 1].equals("TIME"));
    }

    /**
     * Whether gerund {@code v} forms a progressive tense ("is calling for", "was already defending"): then its
     * subject stands left of the auxiliary like that of any finite verb, instead of being inherited.
     */
    private boolean progressive(int v, int first) {
        for (int i = v - 1; i >= first && v - i <= 3; i--) {
            if (t.lemma[i].equals("be") && (t.tag[i].equals("VBZ") || t.tag[i].equals("VBD")
                    || t.tag[i].equals("VBP") || t.tag[i].equals("VBN") || t.tag[i].equals("VB"))) {
                return true;
            }
            if (!t.tag[i].startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** Whether participle {@code v} forms a perfect tense ("has said", "had also warned"). */
    private boolean perfect(int v, int first) {
        for (int i = v - 1; i >= first && v - i <= 3; i--) {
            if (t.lemma[i].equals("have")) {
                return true;
            }
            if (!t.tag[i].startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** The subject phrase left of verb {@code v}. */
    int[] leftSubject(int v, int first) {
        int i = v - 1;
        while (i >= first && t.quote[i] < 0 && (SpeechLexicon.AUX.contains(t.lower[i]) || t.tag[i].startsWith("RB")
                || isTime(i))) {
            i--; // "also", "has", "on Friday", "just this month"
        }
        i = skipParenthesis(i, first);
        if (i < first || t.quote[i] >= 0) {
            return null;
        }
        if (np.isPronoun(i)) {
            return new int[] {i, i + 1};
        }
        if (t.lower[i].equals("who") && i - 1 > first) {
            // "Jane Doe, who said ...", "voters who said ..."
            int end = skipParenthesis(t.word[i - 1].equals(",") ? i - 2 : i - 1, first);
            int start = end >= first ? np.npEndingAt(end, first) : -1;
            return start < 0 ? null : new int[] {start, end + 1};
        }
        if (t.word[i].equals(",") || isDash(i)) {
            int[] a = t.word[i].equals(",") ? appositive(i, first) : null;
            if (a != null && named(a)) {
                return a;
            }
            int[] opening = openingName(i, first);
            return opening != null ? opening : a;
        }
        if (t.tag[i].equals("VBN") && i - 1 >= first && t.isNoun(i - 1)) {
            return subjectEndingAt(i - 1, first); // "the poll released Friday shows": a reduced relative clause
        }
        int[] subject = subjectEndingAt(i, first);
        return subject != null ? subject : reducedRelative(i, first);
    }

    /**
     * "Research conducted by the Harbour Institute found ...", "a report published by the ministry shows ...": the
     * subject is the noun phrase before a participle with a by-phrase, not the agent inside it.
     */
    private int[] reducedRelative(int i, int first) {
        for (int j = i; j > first && i - j <= Phrases.MAX_PHRASE; j--) {
            if (t.quote[j] >= 0 || t.isPunct(j) || finite(j)) {
                return null;
            }
            if (t.tag[j].equals("VBN") && j + 1 <= i && t.lower[j + 1].equals("by") && t.isNoun(j - 1)) {
                return subjectEndingAt(j - 1, first);
            }
        }
        return null;
    }

    /**
     * The subject phrase ending at token {@code i}. A phrase after a preposition is an adjunct ("in Moscow said"),
     * unless a name follows a common noun in it ("In a radio interview Jane Doe declared"); a phrase after a verb
     * is an object ("officials who spoke to discuss strategy said"), and the subject is then the phrase before
     * the relative pronoun.
     */
    private int[] subjectEndingAt(int i, int first) {
        int start = np.npEndingAt(i, first);
        if (start < 0) {
            return null;
        }
        if (start > first && isPreposition(start - 1)) {
            int name = i;
            while (name > start && t.ner[name - 1].equals("PERSON")) {
                name--;
            }
            boolean named = t.ner[i].equals("PERSON") && name > start && !t.ner[name - 1].equals("PERSON")
                    && t.isNoun(name - 1);
            return named ? new int[] {name, i + 1} : null;
        }
        if (start > first && (t.tag[start - 1].startsWith("VB") || t.tag[start - 1].equals("TO"))) {
            for (int j = start - 2; j > first && start - j <= 15; j--) {
                if ((t.lower[j].equals("who") || t.tag[j].equals("WDT")) && t.quote[j - 1] < 0) {
                    int s = np.npEndingAt(j - 1, first);
                    return s < 0 ? null : new int[] {s, j};
                }
            }
            return null;
        }
        return new int[] {start, i + 1};
    }

    /** "Rep. Jane Doe (D-Ohio) said": the index before a parenthesis ending at {@code i}, else {@code i}. */
    private int skipParenthesis(int i, int first) {
        if (i < first || !t.word[i].equals(")")) {
            return i;
        }
        for (int j = i - 1; j >= first && i - j <= 8; j--) {
            if (t.word[j].equals("(")) {
                return j - 1;
            }
        }
        return i;
    }

    private boolean isDash(int i) {
        String w = t.word[i];
        return w.equals("\u2014") || w.equals("\u2013") || w.equals("--");
    }

    private boolean named(int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            if (t.ner[k].equals("PERSON") || t.ner[k].equals("ORGANIZATION")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Jane Doe, a pollster who works with X, a PAC, said": when the aside before the verb holds commas of its
     * own, the subject is the name that opens the sentence (after an optional "On Friday,"), followed by a comma
     * or dash.
     */
    private int[] openingName(int comma, int first) {
        int start = first;
        for (int pass = 0; pass < 2; pass++) {
            int end = np.npStartingAt(start, comma);
            if (end > start && end < comma && (t.word[end].equals(",") || isDash(end)) && named(new int[] {start, end})
                    && !t.ner[start].equals("DATE")) {
                return new int[] {start, end};
            }
            // skip a leading adverbial ("On Friday, ...") once
            int c = start;
            while (c < comma && c - start < 6 && !t.word[c].equals(",")) {
                c++;
            }
            if (c >= comma || !t.word[c].equals(",")) {
                return null;
            }
            start = c + 1;
        }
        return null;
    }

    /** A preposition before a phrase makes it an adjunct; "that" and "as" ("as Smith put it") do not. */
    private boolean isPreposition(int i) {
        return t.tag[i].equals("IN") && !t.lower[i].equals("that") && !t.lower[i].equals("as");
    }

    /**
     * "Name, a lawyer for the group, told ...": the comma before the verb closes an appositive or relative clause;
     * the subject is the phrase before the opening comma.
     */
    private int[] appositive(int comma, int first) {
        int open = -1;
        for (int j = comma - 1; j >= first && comma - j <= 25; j--) {
            if (t.quote[j] >= 0) {
                return null;
            }
            if (t.word[j].equals(",")) {
                open = j;
                break;
            }
        }
        if (open < 0 || open + 1 >= comma) {
            return null;
        }
        String head = t.lower[open + 1];
        boolean apposition = head.equals("who") || head.equals("whose") || head.equals("a") || head.equals("an")
                || head.equals("the") || np.isNpToken(open + 1)
                || t.tag[open + 1].equals("IN") || t.tag[open + 1].startsWith("RB") // ", at a briefing,"
                || t.tag[open + 1].equals("VBG"); // ", speaking to reporters,"
        if (!apposition) {
            return null;
        }
        int end = skipParenthesis(open - 1, first);
        if (end < first) {
            return null;
        }
        if (np.isPronoun(end)) {
            return new int[] {end, end + 1};
        }
        int[] subject = subjectEndingAt(end, first);
        if (subject == null) {
            return null;
        }
        int start = subject[0];
        end = subject[1] - 1;
        boolean named = false;
        for (int i = start; i <= end; i++) {
            named |= t.isName(i);
        }
        if (!named && t.ner[open + 1].equals("PERSON") && t.ner[comma - 1].equals("PERSON")) {
            return new int[] {open + 1, comma}; // "The campaign chairman, Jane Doe, said": the name
        }
        return new int[] {start, end + 1};
    }

    /** "..., said the mayor": the subject after the verb, only when the verb opens its clause. */
    private int[] rightSubject(int v, int to, int first, int last) {
        boolean opensClause = v == first || t.word[v - 1].equals(",") || t.quote[v - 1] >= 0
                || t.word[v - 1].equals("--") || t.word[v - 1].equals("\u2014");
        if (!opensClause || to >= last) {
            return null;
        }
        if (np.isPronoun(to)) {
            return new int[] {to, to + 1};
        }
        int end = np.npStartingAt(to, last);
        if (end < 0 || t.ner[to].equals("DATE") || t.ner[to].equals("TIME")) {
            return null; // "..., said Tuesday that": a date is not a speaker
        }
        return new int[] {to, end};
    }

    /** "Smith criticised the plan, saying ...": a participle takes the subject of the clause it hangs on. */
    private int[] inherited(int v, int first, List<Cue> earlier) {
        if (v == first || !t.word[v - 1].equals(",")) {
            return null;
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Cue c = earlier.get(k);
            if (c.from() < first) {
                break;
            }
            if (!c.according()) {
                return new int[] {c.subjFrom(), c.subjTo()};
            }
        }
        for (int i = first; i < v - 1; i++) {
            // the subject of the sentence's first finite verb ("Washington (AFP) - Jane Doe has criticised ...")
            if (t.tag[i].equals("VBD") || t.tag[i].equals("VBZ") || t.tag[i].equals("VBP")) {
                int[] s = leftSubject(i, first);
                if (s != null && (named(s) || np.isPronoun(s[0]))) {
                    return s;
                }
                break;
            }
        }
        if (np.isPronoun(first)) {
            return new int[] {first, first + 1};
        }
        int end = np.npStartingAt(first, v);
        if (end < 0) {
            return null;
        }
        for (int i = first; i < end; i++) {
            if (t.isName(i)) {
                return new int[] {first, end};
            }
        }
        return null;
    }

    /** The audience after tell/ask/assure ("told reporters", "told the Guardian"), or null. */
    private int[] audience(int v, int to, int last) {
        if (!SpeechLexicon.AUDIENCE_VERBS.contains(t.lemma[v]) || to >= last) {
            return null;
        }
        if (t.tag[to].equals("PRP")) {
            return new int[] {to, to + 1};
        }
        int end = np.npStartingAt(to, last);
        return end < 0 ? null : new int[] {to, end};
    }
}
