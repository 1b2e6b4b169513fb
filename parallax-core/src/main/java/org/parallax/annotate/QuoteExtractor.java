package org.parallax.annotate;

import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Finds the quotes of an article and who said them, from CoreNLP tokens (POS, lemma, NER) and token rules only.
 * Stateless and thread-safe; CoreNLP runs once per article outside ({@link NlpPipeline#annotate}).
 *
 * <p>The steps: quote marks give direct spans ({@link QuoteMarks}); names and titles in quote marks are dropped,
 * fragments become partial quotes; speech cues are found with their subjects ({@link CueFinder}); each quoted span
 * takes the cue right after it ("...," X said) or, failing that, the nearest one before it in its sentence
 * (X said: "..."), else continues the speaker of the quote just before it when nobody else is named in between;
 * every cue not used by a direct quote yields indirect speech from its clause; subjects are named and resolved
 * ({@link Speakers}); the outlet a quote was reported through becomes its {@code via}.
 */
public final class QuoteExtractor {
    /** Most tokens allowed between a cue clause and the direct quote it introduces ("X said on Friday: ..."). */
    private static final int MAX_CUE_GAP = 12;
    /** Most tokens of narration between a quote and an uncued quote that continues its speaker. */
    private static final int MAX_CONTINUATION_GAP = 30;
    /** Longest text in quote marks that can still be a name or title. */
    private static final int MAX_NAME_TOKENS = 10;

    private static final Set<String> NAMING_WORDS = Set.of("called", "named", "dubbed", "titled", "entitled",
            "nicknamed", "the", "of", "as", "so-called", "film", "book", "movie", "song", "show", "program");

    private enum Role { NAME, TERM, SPEECH }

    /** Builds an extractor (cheap: it holds no state). */
    public QuoteExtractor() {
    }

    /** The quotes of {@code text}, whose CoreNLP annotation is {@code doc}, in text order. */
    public List<Quote> quotes(String text, CoreDocument doc) {
        List<Quote> out = new ArrayList<>();
        for (CuedQuote c : cuedQuotes(text, doc)) {
            out.add(c.quote());
        }
        return out;
    }

    /** The sources {@code text} credits ("according to X", "X said", "told the Guardian", "(dpa)"). */
    public List<Attribution> attributions(String text, CoreDocument doc) {
        TokenView t = new TokenView(text, doc);
        markQuotes(t, QuoteMarks.find(text));
        HeadlineVerbs.retag(t);
        List<Cue> cues = new CueFinder(t).find();
        return new AttributionFinder(t, cues, new Speakers(t, cues)).find();
    }

    /** Quotes and attributions together, sharing the token, cue and speaker work (what the pipeline calls). */
    public SpeechAnalysis analyse(String text, CoreDocument doc) {
        TokenView t = new TokenView(text, doc);
        if (t.size == 0) {
            return new SpeechAnalysis(List.of(), List.of());
        }
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        markQuotes(t, spans);
        HeadlineVerbs.retag(t);
        List<Cue> cues = new CueFinder(t).find();
        List<Quote> quotes = new ArrayList<>();
        for (CuedQuote c : assemble(t, spans, cues)) {
            quotes.add(c.quote());
        }
        List<Attribution> attributions = new AttributionFinder(t, cues, new Speakers(t, cues)).find();
        return new SpeechAnalysis(quotes, attributions);
    }

    /** The quotes with the character span of their cue, as evaluation needs them. */
    public List<CuedQuote> cuedQuotes(String text, CoreDocument doc) {
        TokenView t = new TokenView(text, doc);
        if (t.size == 0) {
            return List.of();
        }
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        markQuotes(t, spans);
        HeadlineVerbs.retag(t);
        return assemble(t, spans, new CueFinder(t).find());
    }

    private static List<CuedQuote> assemble(TokenView t, List<QuoteMarks.Span> spans, List<Cue> cues) {
        Speakers speakers = new Speakers(t, cues);
        Speakers.Speaker[] named = new Speakers.Speaker[cues.size()];
        for (int k = 0; k < cues.size(); k++) {
            Cue c = cues.get(k);
            named[k] = speakers.speaker(c.subjFrom(), c.subjTo());
        }
        return new Assembler(t, spans, cues, named, speakers).run();
    }

    /** Marks the tokens inside each quoted span, marks included. */
    private static void markQuotes(TokenView t, List<QuoteMarks.Span> spans) {
        for (int q = 0; q < spans.size(); q++) {
            QuoteMarks.Span s = spans.get(q);
            for (int i = t.tokenAtOrAfter(s.open()); i < t.size && t.begin[i] < s.close(); i++) {
                t.quote[i] = q;
            }
        }
    }

    /** The per-article work, kept apart so the extractor itself stays stateless. */
    private static final class Assembler {
        private final TokenView t;
        private final List<QuoteMarks.Span> spans;
        private final List<Cue> cues;
        private final Speakers.Speaker[] named;
        private final Speakers speakers;
        private final boolean[] cueUsedByDirect;
        private final List<CuedQuote> out = new ArrayList<>();

        Assembler(TokenView t, List<QuoteMarks.Span> spans, List<Cue> cues, Speakers.Speaker[] named,
                  Speakers speakers) {
            this.t = t;
            this.spans = spans;
            this.cues = cues;
            this.named = named;
            this.speakers = speakers;
            this.cueUsedByDirect = new boolean[cues.size()];
        }

        List<CuedQuote> run() {
            direct();
            indirect();
            out.sort(Comparator.comparingInt((CuedQuote c) -> c.quote().start())
                    .thenComparingInt(c -> c.quote().end()));
            return out;
        }

        // ---- direct and partial quotes ----

        private void direct() {
            int prevCue = -1;          // cue of the last direct quote, for continuation
            int prevClose = -1;        // token after the last direct quote
            Speakers.Speaker prevSpeaker = null;
            for (int q = 0; q < spans.size(); q++) {
                QuoteMarks.Span s = spans.get(q);
                int open = t.tokenAtOrAfter(s.open());
                int close = t.tokenAtOrAfter(s.close());
                if (open >= t.size || open >= close) {
                    continue;
                }
                int inside = Math.min(t.tokenAtOrAfter(s.start()), close - 1);
                Role role = role(s, open, inside, close, prevClose);
                if (role == Role.NAME) {
                    continue;
                }
                int cue = role == Role.SPEECH ? cueAfter(s, close) : cueBefore(open, inside, Integer.MAX_VALUE);
                if (cue < 0) {
                    cue = role == Role.SPEECH ? cueBefore(open, inside, MAX_CUE_GAP) : cueAfterInSentence(close);
                }
                if (cue < 0 && role == Role.SPEECH && inside == t.first(t.sentence[inside])) {
                    cue = cueAfterInSentence(close); // "'...' of the plan, Jane Doe said."
                }
                Speakers.Speaker speaker = Speakers.Speaker.NONE;
                String via = null;
                int cueStart = -1;
                int cueEnd = -1;
                String cueText = null;
                if (cue >= 0) {
                    Cue c = cues.get(cue);
                    speaker = named[cue];
                    cueStart = t.begin[c.from()];
                    cueEnd = t.end[c.to() - 1];
                    cueText = t.span(c.from(), c.to());
                    via = via(c, speaker);
                    if (role == Role.SPEECH) {
                        cueUsedByDirect[cue] = true;
                    }
                } else if (role == Role.SPEECH && prevSpeaker != null && continues(prevClose, prevCue, open)) {
                    speaker = prevSpeaker;
                    via = out.get(out.size() - 1).quote().via();
                }
                QuoteKind kind = role == Role.SPEECH ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
                String text = t.text.substring(s.start(), s.end()).replaceAll("\n\\s*[\"\u201C\u201E\u00AB\u00BB]", "\n");
                Quote quote = new Quote(text, kind, speaker.name(), speaker.type(), cueText, via,
                        t.sentenceText(t.sentence[inside]), s.start(), s.end());
                out.add(new CuedQuote(quote, cueStart, cueEnd));
                if (role == Role.SPEECH) {
                    prevSpeaker = speaker.name() == null ? null : speaker;
                    prevClose = close;
                    prevCue = cue;
                }
            }
        }

        /** Whether the span is a name or title, a quoted term, or speech. */
        private Role role(QuoteMarks.Span s, int open, int inside, int close, int prevClose) {
            int from = open;
            int to = close;
            while (from < to && t.isPunct(from) && t.quote[from] >= 0 && !Character.isLetterOrDigit(t.word[from].charAt(0))
                    && t.begin[from] < s.start()) {
                from++;
            }
            while (to > from && t.begin[to - 1] >= s.end()) {
                to--;
            }
            int words = 0;
            int capitalised = 0;
            int longWords = 0;
            boolean verb = false;
            for (int i = from; i < to; i++) {
                if (t.isPunct(i) || t.tag[i].equals("POS")) {
                    continue;
                }
                words++;
                if (t.isVerb(i) && !t.tag[i].equals("VBN") && !t.tag[i].equals("VBG")) {
                    verb = true;
                }
                if (t.word[i].length() > 3 || t.isName(i)) {
                    longWords++;
                    if (Character.isUpperCase(t.word[i].charAt(0))) {
                        capitalised++;
                    }
                }
            }
            String content = t.text.substring(s.start(), s.end());
            char last = content.isEmpty() ? ' ' : content.charAt(content.length() - 1);
            boolean finalPunct = last == '.' || last == '!' || last == '?';
            boolean upperStart = !content.isEmpty() && Character.isUpperCase(content.codePointAt(0));
            // the tokenizer sometimes hangs an opening mark on the previous sentence: judge by the first word
            boolean sentenceStart = open == t.first(t.sentence[open]) || inside == t.first(t.sentence[inside])
                    || (inside > 0 && t.isFinal(inside - 1 - (t.quote[inside - 1] >= 0 ? 1 : 0)));
            if (words > 0 && words <= MAX_NAME_TOKENS && !finalPunct && upperStart && !sentenceStart) {
                String before = open > 0 ? t.lower[open - 1] : "";
                boolean titleCase = longWords > 0 && capitalised == longWords;
                if ((titleCase && !verb) || (titleCase && NAMING_WORDS.contains(before))) {
                    return Role.NAME;
                }
            }
            boolean splitContinuation = prevClose >= 0 && open - prevClose <= MAX_CUE_GAP
                    && t.sentence[open] == t.sentence[Math.max(0, prevClose - 1)];
            if (splitContinuation && !upperStart) {
                return Role.SPEECH; // "...," he said, "and then ..."
            }
            if (s.end() - s.start() > 0 && !upperStart && !sentenceStart) {
                return Role.TERM;
            }
            if (!verb && words <= 3 && !sentenceStart) {
                return Role.TERM;
            }
            if (!verb && words <= 3 && !finalPunct) {
                return Role.TERM;
            }
            return Role.SPEECH;
        }

        /** A cue right after the quote: {@code "...," X said} or {@code "...," said X}. */
        private int cueAfter(QuoteMarks.Span s, int close) {
            if (close >= t.size || t.newlineBetween(close - 1, close)) {
                return -1;
            }
            String content = t.text.substring(s.start(), s.end());
            boolean periodEnd = content.endsWith(".");
            int i = close;
            boolean dashed = false;
            while (i < t.size && i - close < 2 && t.isPunct(i) && !t.isFinal(i)) {
                dashed |= !t.word[i].equals(",");
                i++;
            }
            if (i >= t.size) {
                return -1;
            }
            if (periodEnd && !dashed && Character.isUpperCase(t.word[i].charAt(0)) && !t.word[i].equals("I")) {
                return -1; // a new sentence follows a quote that ended with a full stop
            }
            for (int k = 0; k < cues.size(); k++) {
                Cue c = cues.get(k);
                if (c.clauseStart() == i || (c.subjectAfter() && c.from() >= close && c.from() <= i)) {
                    return k;
                }
                if (c.clauseStart() > i) {
                    break;
                }
            }
            return -1;
        }

        /** The nearest cue clause before the quote in its sentence (or the previous one ending with a colon). */
        private int cueBefore(int open, int inside, int maxGap) {
            int sent = t.sentence[inside];
            int lo = t.first(sent);
            if (open < lo) {
                lo = t.first(t.sentence[open]);
            }
            int s0 = t.sentence[lo];
            if (lo >= open && s0 > 0 && t.word[t.last(s0 - 1) - 1].equals(":")) {
                lo = t.first(s0 - 1);
            }
            int best = -1;
            for (int k = 0; k < cues.size(); k++) {
                Cue c = cues.get(k);
                if (c.clauseStart() < lo) {
                    continue;
                }
                if (c.clauseEnd() > open) {
                    break;
                }
                best = k;
            }
            if (best < 0) {
                return -1;
            }
            int end = cues.get(best).clauseEnd();
            if (open - end > maxGap) {
                return -1;
            }
            for (int i = end; i < open; i++) {
                if (t.quote[i] >= 0 || t.isFinal(i)) {
                    return -1;
                }
            }
            return best;
        }

        /** For a quoted term: any cue later in the same sentence. */
        private int cueAfterInSentence(int close) {
            if (close >= t.size) {
                return -1;
            }
            int sent = t.sentence[close - 1];
            for (int k = 0; k < cues.size(); k++) {
                Cue c = cues.get(k);
                if (c.from() >= close && t.sentence[c.from()] == sent) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Whether an uncued quote continues the previous speaker: little narration between, and no cue or name in
         * it other than the previous quote's own cue clause.
         */
        private boolean continues(int prevClose, int prevCue, int open) {
            if (prevClose < 0 || open < prevClose) {
                return false;
            }
            // the rest of the sentence that credited the previous quote ("said X, a professor at Y.") is its own
            int cueSentence = prevCue >= 0 ? t.sentence[cues.get(prevCue).from()] : t.sentence[prevClose - 1];
            int narration = 0;
            for (int i = prevClose; i < open; i++) {
                if (t.quote[i] >= 0 || t.sentence[i] == cueSentence) {
                    continue;
                }
                narration++;
                if (t.ner[i].equals("PERSON")) {
                    return false;
                }
            }
            for (int k = 0; k < cues.size(); k++) {
                Cue c = cues.get(k);
                boolean viaOfPrevious = prevCue >= 0 && c.according()
                        && t.sentence[c.from()] == t.sentence[cues.get(prevCue).from()];
                if (k != prevCue && !viaOfPrevious && c.from() >= prevClose && c.from() < open) {
                    return false;
                }
            }
            return narration <= MAX_CONTINUATION_GAP;
        }

        // ---- via ----

        /** The outlet a quote credited by cue {@code c} was reported through, or null. */
        private String via(Cue c, Speakers.Speaker speaker) {
            String found = null;
            if (!c.according() && c.audFrom() >= 0 && speakers.isMedia(c.audFrom(), c.audTo())) {
                found = speakers.source(c.audFrom(), c.audTo());
            }
            int sent = t.sentence[c.from()];
            if (found == null) {
                for (Cue o : cues) {
                    if (o != c && o.according() && t.sentence[o.from()] == sent) {
                        found = speakers.source(o.subjFrom(), o.subjTo());
                        break;
                    }
                }
            }
            if (found == null) {
                found = channelPhrase(sent);
            }
            if (found == null || (speaker.name() != null && speaker.name().equalsIgnoreCase(found))) {
                return null;
            }
            return found;
        }

        /** "quoted by X", "reported by X", "in an interview with X" where X is a medium. */
        private String channelPhrase(int sent) {
            Phrases np = new Phrases(t);
            for (int i = t.first(sent); i + 1 < t.last(sent); i++) {
                String w = t.lower[i];
                String n = t.lower[i + 1];
                boolean channel = (n.equals("by") && (w.equals("quoted") || w.equals("cited") || w.equals("reported")
                        || w.equals("published") || w.equals("broadcast") || w.equals("carried")))
                        || (n.equals("with") && w.equals("interview"))
                        || (n.equals("to") && w.equals("speaking"));
                if (channel && t.quote[i] < 0) {
                    int end = np.npStartingAt(i + 2, t.last(sent));
                    if (end > 0 && speakers.isMedia(i + 2, end)) {
                        return speakers.source(i + 2, end);
                    }
                }
            }
            return null;
        }

        // ---- indirect speech ----

        private void indirect() {
            int[][] ranges = new int[cues.size()][];
            boolean[] speech = new boolean[cues.size()];
            for (int k = 0; k < cues.size(); k++) {
                Cue c = cues.get(k);
                String lemma = t.lemma[c.from()];
                speech[k] = c.according() || SpeechLexicon.CLAUSE_VERBS.contains(lemma)
                        || t.word[c.from()].equals(":"); // a headline's "Source: claim"
                boolean clauseCue = speech[k] || SpeechLexicon.COGNITION_VERBS.contains(lemma)
                        || SpeechLexicon.STANCE_VERBS.contains(lemma)
                        || (c.from() + 1 < t.size && t.lower[c.from() + 1].equals("that"))
                        || stanceNoun(c);
                if (!cueUsedByDirect[k] && clauseCue) {
                    ranges[k] = content(c);
                }
            }
            for (int k = 0; k < cues.size(); k++) {
                int[] range = ranges[k];
                if (range == null || nested(k, ranges, speech)) {
                    continue;
                }
                String who = named[k].name();
                String pronoun = who == null ? null : who.toLowerCase(java.util.Locale.ROOT);
                if (!speech[k] && (who == null || SpeechLexicon.NON_SOURCE_PRONOUNS.contains(pronoun)
                        || pronoun.equals("they"))) {
                    // "I think", "you want", "it seems": the writer's or a generic belief is not a quote; an
                    // unresolved "they" holding a belief is too often not the group named before
                    continue;
                }
                Cue c = cues.get(k);
                int from = range[0];
                int to = range[1];
                int start = t.begin[from];
                int end = t.end[to - 1];
                if (coveredByDirect(start, end)) {
                    continue;
                }
                Speakers.Speaker speaker = named[k];
                String text = t.text.substring(start, end);
                if (range.length == 4) {
                    text = t.span(range[0], range[2]) + " " + t.span(range[3], range[1]);
                }
                Quote q = new Quote(text, QuoteKind.INDIRECT, speaker.name(), speaker.type(),
                        t.span(c.from(), c.to()), via(c, speaker), t.sentenceText(t.sentence[c.from()]), start, end);
                out.add(new CuedQuote(q, t.begin[c.from()], t.end[c.to() - 1]));
            }
        }

        /**
         * Whether cue {@code k} lies inside what another speech cue reports ("X said Y wants Z", "Y plans Z,
         * according to X"): then it is part of X's statement, not a quote of its own, unless it is a speech verb
         * with a named subject ("X says Jane Doe promised ...").
         */
        private boolean nested(int k, int[][] ranges, boolean[] speech) {
            Cue c = cues.get(k);
            for (int o = 0; o < cues.size(); o++) {
                int[] r = ranges[o];
                if (o == k || r == null || !speech[o] || c.from() < r[0] || c.from() >= r[1]) {
                    continue;
                }
                if (r.length == 4 && c.from() >= r[2] && c.from() < r[3]) {
                    continue; // inside the cut-out cue clause, not inside the content
                }
                int[] mine = ranges[k];
                int other = cues.get(o).from();
                boolean mutual = mine != null && other >= mine[0] && other < mine[1];
                if (!mutual && (!speech[k] || !namedSubject(c))) {
                    return true;
                }
            }
            return false;
        }

        private boolean namedSubject(Cue c) {
            for (int i = Math.max(0, c.subjFrom()); i < c.subjTo(); i++) {
                if (t.ner[i].equals("PERSON") || t.ner[i].equals("ORGANIZATION")) {
                    return true;
                }
            }
            return false;
        }

        private boolean coveredByDirect(int start, int end) {
            for (CuedQuote q : out) {
                if (q.quote().kind() != QuoteKind.DIRECT) {
                    continue;
                }
                int overlap = Math.min(end, q.quote().end()) - Math.max(start, q.quote().start());
                if (overlap > (end - start) / 2) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The token range of the reported clause: after the cue ("X said (that) ..."), before it ("..., X said."),
         * or around it ("A, X said, B": four numbers, the cue clause cut out). Null when there is no clause.
         */
        private int[] content(Cue c) {
            int sent = t.sentence[c.from()];
            int first = t.first(sent);
            int last = t.last(sent);
            while (last > first && t.isPunct(last - 1) && t.quote[last - 1] < 0) {
                last--;
            }
            if (passiveAgent(c)) {
                int subjectEnd = c.from();
                while (subjectEnd > first && (t.lemma[subjectEnd - 1].equals("be")
                        || t.lemma[subjectEnd - 1].equals("have") || t.tag[subjectEnd - 1].startsWith("RB"))) {
                    subjectEnd--; // "has been sharply": the auxiliaries are not content
                }
                return subjectEnd > first ? new int[] {first, subjectEnd} : null;
            }
            int clauseStart = c.clauseStart();
            int clauseEnd = c.clauseEnd();
            int after = clauseEnd;
            if (after < last && t.word[after].equals(",") && !c.according() && clauseStart > first) {
                // "A, X said, B": the cue is parenthetical
                int left = clauseStart;
                while (left > first && t.isPunct(left - 1)) {
                    left--;
                }
                if (clause(first, left) && clause(after + 1, last)) {
                    return new int[] {first, last, left, after + 1};
                }
            }
            if (c.according() && after < last && t.word[after].equals(",")) {
                after++;
            }
            if (stanceNoun(c)) {
                int end = phraseEnd(after, last);
                return end - after >= 1 ? new int[] {after, end} : null;
            }
            after = skipToThat(after, last);
            if (clause(after, last)) {
                return new int[] {after, last};
            }
            if (!c.according() && SpeechLexicon.STANCE_VERBS.contains(t.lemma[c.from()]) && object(after, last)) {
                return new int[] {after, last}; // "denied any involvement in the deal"
            }
            if (!c.according() && SpeechLexicon.FINDING_VERBS.contains(t.lemma[c.from()]) && carrierSubject(c)
                    && object(after, last)) {
                return new int[] {after, last}; // "the poll showed a narrow lead for the mayor"
            }
            int left = clauseStart;
            while (left > first && t.isPunct(left - 1)) {
                left--;
            }
            if (left < clauseStart && clause(first, left)) {
                return new int[] {first, left};
            }
            return null;
        }

        /** Whether cue {@code c} is a passive verb with its agent ("was criticised by Jane Doe"). */
        private boolean passiveAgent(Cue c) {
            return c.to() - c.from() == 2 && t.tag[c.from()].equals("VBN") && t.lower[c.from() + 1].equals("by")
                    && c.subjFrom() == c.to();
        }

        /** Whether cue {@code c} is a stance noun with its preposition ("criticism of"). */
        private boolean stanceNoun(Cue c) {
            return c.to() - c.from() == 2 && t.isNoun(c.from())
                    && SpeechLexicon.STANCE_NOUNS.contains(t.lemma[c.from()])
                    && SpeechLexicon.STANCE_PREPOSITIONS.contains(t.lower[c.from() + 1]);
        }

        /**
         * End of the phrase a stance noun governs: up to a comma, semicolon or dash, or the finite verb of the
         * clause the noun phrase is part of ("his criticism of the plan | angered voters").
         */
        private int phraseEnd(int from, int last) {
            int i = from;
            while (i < last && t.quote[i] < 0 && !t.word[i].equals(",") && !t.word[i].equals(";")
                    && !t.word[i].equals("--") && !t.word[i].equals("\u2014") && !t.tag[i].equals("MD")
                    && !t.tag[i].equals("VBD") && !t.tag[i].equals("VBZ") && !t.tag[i].equals("VBP")) {
                i++;
            }
            if (i < last && t.quote[i] >= 0 && i > from) {
                return i; // a quote mark ends the phrase
            }
            if (i < last && t.quote[i] >= 0) {
                while (i < last && t.quote[i] >= 0) {
                    i++; // "her call for 'calm'"
                }
            }
            return i;
        }

        /** Skips a short adjunct up to "that" ("said in a statement on Monday that ..."). */
        private int skipToThat(int from, int last) {
            for (int i = from; i < last && i - from < 10; i++) {
                if (t.lower[i].equals("that") && t.tag[i].equals("IN")) {
                    return i + 1;
                }
                if (t.isVerb(i) || t.quote[i] >= 0) {
                    break;
                }
            }
            if (from < last && t.word[from].equals(":")) {
                return from + 1;
            }
            return from;
        }

        /** Whether the subject of cue {@code c} names a document or measurement ("a new poll", "the records"). */
        private boolean carrierSubject(Cue c) {
            for (int i = Math.max(0, c.subjFrom()); i < c.subjTo(); i++) {
                if (SpeechLexicon.CARRIERS.contains(t.lemma[i]) || SpeechLexicon.CARRIERS.contains(t.lower[i])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether tokens [from, to) start with a noun phrase of two words or more (an object). */
        private boolean object(int from, int to) {
            int words = 0;
            boolean noun = false;
            for (int i = from; i < to; i++) {
                if (t.quote[i] >= 0 && i == from) {
                    return true; // a quoted object: "called it 'a disgrace'"
                }
                if (i == from && t.lower[i].equals("to") && i + 1 < to && t.tag[i + 1].equals("VB")) {
                    return true; // an intention: "refused to endorse the nominee"
                }
                if (!t.isPunct(i)) {
                    words++;
                }
                noun |= t.isNoun(i) || t.tag[i].equals("PRP") || t.tag[i].equals("VBG");
            }
            return words >= 2 && noun;
        }

        /** Whether tokens [from, to) hold a clause: at least three words and a verb. */
        private boolean clause(int from, int to) {
            int words = 0;
            boolean verb = false;
            for (int i = from; i < to; i++) {
                if (!t.isPunct(i)) {
                    words++;
                }
                verb |= t.isVerb(i);
            }
            return words >= 3 && verb;
        }
    }
}
