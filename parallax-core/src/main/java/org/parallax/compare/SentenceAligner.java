package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.Quantity;

/**
 * Aligns the sentences of one event across outlets. Every sentence is embedded once; candidate pairs come from
 * random-hyperplane LSH on the embeddings and from shared rare names, numbers and words (never all pairs); a
 * candidate is kept when its outlets differ and its {@link PairScorer} score reaches
 * {@link AlignSettings#threshold()}. Kept pairs are grouped into tight clusters ({@link TightClusters}).
 *
 * <p>Scores are computed on event-centred embeddings ({@link Vectors#centered}) with rarity-weighted word and name
 * overlaps ({@link TermWeights}). The threshold 0.50 was read off the score distributions of the demo corpus's
 * 17-article bridge-collapse event, the four seed articles on one meeting and the test fixtures: the same fact in
 * other words scored 0.50-0.80 (verbatim wire copy above 0.9), while different facts about the same event scored
 * mostly 0.30-0.50; the errors left are near the cut on both sides (two statements about the same person and
 * occasion, 0.50-0.56; the same casualty figures folded into longer sentences, 0.45-0.50). A cluster merges two
 * groups only when their mean score is at least 0.45, and a sentence joins by a rare shared name when its mean score
 * against the cluster is at least 0.15 ({@link AnchoredJoin}).
 */
public final class SentenceAligner {
    private final SentenceEmbedder embedder;
    private final AlignSettings settings;

    /** An aligner using {@code embedder} with {@code settings}. */
    public SentenceAligner(SentenceEmbedder embedder, AlignSettings settings) {
        this.embedder = embedder;
        this.settings = settings;
    }

    /** The settings in use. */
    public AlignSettings settings() {
        return settings;
    }

    /** The alignment of {@code coverage}; empty when fewer than two outlets cover it. */
    public Alignment align(Coverage coverage) {
        return align(profile(coverage));
    }

    /** The alignment of sentences already profiled (the embedding, the costly part, is done). */
    Alignment align(List<ProfiledSentence> sentences) {
        if (new TreeSet<>(sentences.stream().map(ProfiledSentence::outlet).toList()).size() < 2) {
            return new Alignment(sentences, List.of(), List.of(), Collections.nCopies(sentences.size(), 0.0));
        }
        List<Set<String>> keys = new ArrayList<>(sentences.size());
        for (ProfiledSentence s : sentences) {
            Set<String> k = new TreeSet<>(s.names());
            k.addAll(s.content());
            keys.add(k);
        }
        TermWeights weights = TermWeights.of(keys);
        long[] candidates = Candidates.pairs(sentences.stream().map(ProfiledSentence::vector).toList(), keys, settings);
        boolean[] alignable = new boolean[sentences.size()];
        for (int i = 0; i < alignable.length; i++) {
            alignable[i] = alignable(sentences.get(i));
        }
        List<Alignment.AlignedPair> pairs = new ArrayList<>();
        List<TightClusters.Link> links = new ArrayList<>();
        double[] best = new double[sentences.size()];
        for (long c : candidates) {
            int a = Candidates.first(c);
            int b = Candidates.second(c);
            ProfiledSentence sa = sentences.get(a);
            ProfiledSentence sb = sentences.get(b);
            if (!alignable[a] || !alignable[b] || sa.outlet().equals(sb.outlet())) {
                continue;
            }
            double score = settings.scorer().score(sa, sb, weights);
            best[a] = Math.max(best[a], score);
            best[b] = Math.max(best[b], score);
            if (score >= settings.threshold()) {
                pairs.add(new Alignment.AlignedPair(a, b, score));
                links.add(new TightClusters.Link(a, b, score));
            }
        }
        TightClusters.Scorer scorer = (a, b) -> settings.scorer().score(sentences.get(a), sentences.get(b), weights);
        List<List<Integer>> clusters = AnchoredJoin.extend(sentences,
                TightClusters.of(sentences.size(), links, scorer, settings.tightness()), scorer, settings.anchorFloor());
        return new Alignment(sentences, pairs, clusters, Arrays.stream(best).boxed().toList());
    }

    /**
     * Whether a sentence may be aligned at all: a headline of four words or a caption matches half the event on topic
     * alone and would chain unrelated sentences together.
     */
    private static boolean alignable(ProfiledSentence s) {
        return s.sentence().text().length() >= 20 && Terms.words(s.sentence().text()).size() >= SentenceKinds.MIN_WORDS;
    }

    /** Every sentence of the coverage with its outlet key, embedding and features. */
    List<ProfiledSentence> profile(Coverage coverage) {
        List<Sentence> all = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (Article article : coverage.articles()) {
            Annotations annotations = coverage.annotationsOf(article.id());
            for (Sentence s : Sentences.split(article.id(), article.text())) {
                all.add(s);
                outlets.add(outletKey(article));
                names.add(names(s, annotations));
            }
        }
        List<float[]> vectors = Vectors.centered(embedder.embed(all.stream().map(Sentence::text).toList()));
        List<ProfiledSentence> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Sentence s = all.get(i);
            out.add(new ProfiledSentence(s, outlets.get(i), vectors.get(i), Terms.content(s.text()), names.get(i)));
        }
        return out;
    }

    /** The outlet an article counts for: its outlet, or itself when the outlet is unknown. */
    public static String outletKey(Article article) {
        String outlet = article.outlet();
        return outlet == null || outlet.isBlank() || outlet.equalsIgnoreCase("unknown") ? "#" + article.id() : outlet;
    }

    /**
     * The names and numbers of a sentence: the canonical names of the article's entities whose surface form (or last
     * word of it) occurs in the sentence, the values of quantities inside it, and its numbers written in digits.
     */
    static Set<String> names(Sentence s, Annotations annotations) {
        Set<String> out = new TreeSet<>();
        String lower = s.text().toLowerCase(Locale.ROOT);
        for (Entity e : annotations.entities()) {
            String text = e.text().toLowerCase(Locale.ROOT);
            String last = text.substring(text.lastIndexOf(' ') + 1);
            if (containsWord(lower, text) || last.length() > 3 && containsWord(lower, last)) {
                out.add(e.canonical().toLowerCase(Locale.ROOT));
            }
        }
        for (Quantity q : annotations.quantities()) {
            if (q.start() >= s.start() && q.end() <= s.end()) {
                out.add(number(q.value()));
            }
        }
        out.addAll(Terms.numbers(s.text()));
        out.addAll(Terms.capitalised(s.text()));
        return out;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean containsWord(String haystack, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            boolean right = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (left && right) {
                return true;
            }
        }
        return false;
    }
}
