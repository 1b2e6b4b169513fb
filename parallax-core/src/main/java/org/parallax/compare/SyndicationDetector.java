package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Quote;
import org.parallax.model.Syndication;

/**
 * Finds articles of one event that carry the same wire copy or copied text, verbatim or translated.
 *
 * <p>Both kinds are found sentence by sentence, never by comparing all pairs:
 * <ul>
 * <li><b>verbatim</b>: each sentence becomes a set of word 5-gram shingles; MinHash with banded LSH proposes pairs of
 * sentences from different articles, and a pair is kept when at least half of the smaller sentence's shingles are
 * shared. A shared shingle is thus extended to the whole sentences around it.</li>
 * <li><b>translated</b>: each sentence is embedded once; random-hyperplane LSH proposes near neighbours from other
 * articles, and a pair is kept when the cosine similarity is at least {@value #TRANSLATED_COSINE}.</li>
 * </ul>
 * Aligned sentences count as shared copy only as a passage: a run of at least two consecutive sentences aligned in
 * the same order in both articles, or a single long sentence aligned almost exactly, or aligned sentences covering
 * at least half of the shorter article with two or more sentences. Sentences that report speech (they overlap a
 * quote of the article's annotations) join a run but never make one: outlets render the same statement in parallel
 * sentences on their own. One sentence stating the same fact in two outlets is consensus, not
 * syndication, and is left out.
 */
public final class SyndicationDetector {
    /** Words per shingle: long enough that a shared shingle is rarely a stock phrase. */
    static final int SHINGLE = 5;
    /** Share of the smaller sentence's shingles two sentences must share to be copies of each other. */
    static final double VERBATIM_OVERLAP = 0.5;
    /** Cosine similarity at which two sentences count as renderings of the same sentence. */
    static final double TRANSLATED_COSINE = 0.80;
    /** Cosine similarity a lone aligned sentence needs to count as copy (with {@link #LONG_SENTENCE}). */
    static final double LONE_SENTENCE_COSINE = 0.92;
    /** Words a lone aligned sentence needs in both articles to count as copy on its own. */
    static final int LONG_SENTENCE = 30;
    /** Sentences shorter than this carry too little to show copying ("He declined."). */
    static final int MIN_WORDS = 4;
    /** Share of the shorter article that aligned sentences must cover to count without a run. */
    static final double HIGH_SHARE = 0.5;

    private final Function<List<String>, List<float[]>> embedder;

    /**
     * @param embedder the sentence embedder for translated copy; {@code null} finds verbatim copy only
     */
    public SyndicationDetector(SentenceEmbedder embedder) {
        this.embedder = embedder == null ? null : embedder::embed;
    }

    /** A detector of verbatim copy only, with no embedding model. */
    public static SyndicationDetector verbatimOnly() {
        return new SyndicationDetector((Function<List<String>, List<float[]>>) null);
    }

    /**
     * @param embedder unit vectors for sentences, one per sentence in order (e.g. a cache shared with the other
     *                 sections, so each sentence is embedded once per event); {@code null} finds verbatim copy only
     */
    public SyndicationDetector(Function<List<String>, List<float[]>> embedder) {
        this.embedder = embedder;
    }

    /** The shared passages of every pair of articles in {@code coverage}, highest score first. */
    public List<Syndication> detect(Coverage coverage) {
        List<Article> articles = coverage.articles();
        if (articles.size() < 2) {
            return List.of();
        }
        Units units = Units.of(coverage);
        Map<Long, Link> links = new TreeMap<>();
        alignVerbatim(units, links);
        if (embedder != null) {
            alignByMeaning(units, links);
        }
        Map<Long, List<Link>> byPair = new TreeMap<>();
        int n = articles.size();
        for (Link link : links.values()) {
            int a = units.article[link.i];
            int b = units.article[link.j];
            byPair.computeIfAbsent((long) a * n + b, k -> new ArrayList<>()).add(link);
        }
        List<Syndication> out = new ArrayList<>();
        for (Map.Entry<Long, List<Link>> e : byPair.entrySet()) {
            Syndication s = judge(articles.get((int) (e.getKey() / n)), articles.get((int) (e.getKey() % n)),
                    e.getValue(), units);
            if (s != null) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingDouble(Syndication::score).reversed()
                .thenComparing(s -> String.join("\u0000", s.articleIds())));
        return out;
    }

    private static void alignVerbatim(Units units, Map<Long, Link> links) {
        for (long pair : MinHashIndex.candidatePairs(units.shingles, units.article)) {
            int i = (int) (pair / units.size());
            int j = (int) (pair % units.size());
            if (overlap(units.shingles.get(i), units.shingles.get(j)) >= VERBATIM_OVERLAP) {
                links.put(pair, new Link(i, j, true, 1.0));
            }
        }
    }

    private void alignByMeaning(Units units, Map<Long, Link> links) {
        List<float[]> vectors = embedder.apply(units.sentences.stream().map(Sentence::text).toList());
        for (long pair : HyperplaneIndex.candidatePairs(vectors, units.article)) {
            int i = (int) (pair / units.size());
            int j = (int) (pair % units.size());
            double cosine = SentenceEmbedder.cosine(vectors.get(i), vectors.get(j));
            if (cosine >= TRANSLATED_COSINE && !links.containsKey(pair)) {
                links.put(pair, new Link(i, j, false, cosine));
            }
        }
    }

    /** The syndication of articles {@code a} and {@code b} (a's id first), or null when they share no passage. */
    private static Syndication judge(Article a, Article b, List<Link> links, Units units) {
        List<Link> kept = new ArrayList<>();
        for (List<Link> run : runs(links, units)) {
            List<Link> own = run.stream().filter(l -> !units.speech[l.i] && !units.speech[l.j]).toList();
            if (own.size() >= 2 || own.size() == 1 && loneCopy(own.get(0), units)) {
                kept.addAll(run);
            }
        }
        Article shorter = a.text().length() <= b.text().length() ? a : b;
        boolean shorterIsA = shorter == a;
        if (kept.isEmpty() && links.size() >= 2 && coverage(links, units, shorterIsA, shorter) >= HIGH_SHARE) {
            kept = links;
        }
        if (kept.isEmpty()) {
            return null;
        }
        double score = coverage(kept, units, shorterIsA, shorter);
        return new Syndication(List.of(a.id(), b.id()), passages(a, kept, units), round(score), kind(kept, units));
    }

    /**
     * The links grouped into runs: maximal chains of sentences consecutive in both articles, in order. A sentence
     * aligned to two partners can be in two runs.
     */
    private static List<List<Link>> runs(List<Link> links, Units units) {
        Map<Long, Link> byPosition = new TreeMap<>();
        for (Link l : links) {
            byPosition.put(key(units.position[l.i], units.position[l.j]), l);
        }
        List<List<Link>> out = new ArrayList<>();
        for (Link l : byPosition.values()) {
            int p = units.position[l.i];
            int q = units.position[l.j];
            if (byPosition.containsKey(key(p - 1, q - 1))) {
                continue; // not the start of its run
            }
            List<Link> run = new ArrayList<>();
            for (int k = 0; byPosition.containsKey(key(p + k, q + k)); k++) {
                run.add(byPosition.get(key(p + k, q + k)));
            }
            out.add(run);
        }
        return out;
    }

    private static boolean loneCopy(Link l, Units units) {
        return l.similarity >= LONE_SENTENCE_COSINE && units.words[l.i] >= LONG_SENTENCE
                && units.words[l.j] >= LONG_SENTENCE;
    }

    private static long key(int p, int q) {
        return ((long) p << 32) | (q & 0xffffffffL);
    }

    /** The share of {@code article}'s text that the passages on its side cover. */
    private static double coverage(List<Link> links, Units units, boolean sideA, Article article) {
        long covered = 0;
        for (int[] span : spans(links, units, sideA)) {
            covered += span[1] - span[0];
        }
        return article.text().isEmpty() ? 0 : (double) covered / article.text().length();
    }

    /** The linked sentences of article {@code a}, consecutive ones joined into one passage, in text order. */
    private static List<String> passages(Article a, List<Link> links, Units units) {
        List<String> out = new ArrayList<>();
        for (int[] span : spans(links, units, true)) {
            out.add(a.text().substring(span[0], span[1]));
        }
        return out;
    }

    /**
     * The spans {start, end} of the linked sentences on one side, consecutive sentences joined into one span (with
     * the spaces between them), in text order.
     */
    private static List<int[]> spans(List<Link> links, Units units, boolean sideA) {
        TreeMap<Integer, Sentence> mine = new TreeMap<>();
        for (Link l : links) {
            int unit = sideA ? l.i : l.j;
            mine.put(units.position[unit], units.sentences.get(unit));
        }
        List<int[]> out = new ArrayList<>();
        int lastPosition = Integer.MIN_VALUE;
        for (Map.Entry<Integer, Sentence> e : mine.entrySet()) {
            if (!out.isEmpty() && e.getKey() == lastPosition + 1) {
                out.get(out.size() - 1)[1] = e.getValue().end();
            } else {
                out.add(new int[] {e.getValue().start(), e.getValue().end()});
            }
            lastPosition = e.getKey();
        }
        return out;
    }

    /** {@code verbatim} when copied sentences make up at least half of the shared text, else {@code translated}. */
    private static String kind(List<Link> links, Units units) {
        long verbatim = 0;
        long all = 0;
        for (Link l : links) {
            int length = units.sentences.get(l.i).text().length();
            all += length;
            verbatim += l.verbatim ? length : 0;
        }
        return 2 * verbatim >= all ? "verbatim" : "translated";
    }

    private static double overlap(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        Set<Long> small = new HashSet<>();
        long[] big = x.length <= y.length ? y : x;
        for (long s : x.length <= y.length ? x : y) {
            small.add(s);
        }
        Set<Long> shared = new HashSet<>();
        for (long s : big) {
            if (small.contains(s)) {
                shared.add(s);
            }
        }
        return (double) shared.size() / small.size();
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Two aligned sentences (indices into the event's sentence list, {@code i < j}) and how they match. */
    private record Link(int i, int j, boolean verbatim, double similarity) {
    }

    /** The event's sentences of at least {@link #MIN_WORDS} words, with their article, position and shingles. */
    private static final class Units {
        final List<Sentence> sentences = new ArrayList<>();
        final List<long[]> shingles = new ArrayList<>();
        int[] article;
        int[] position;
        int[] words;
        /** Whether the sentence reports speech (overlaps a quote): outlets render the same words independently. */
        boolean[] speech;

        int size() {
            return sentences.size();
        }

        static Units of(Coverage coverage) {
            List<Article> articles = coverage.articles();
            Units u = new Units();
            List<Boolean> talk = new ArrayList<>();
            List<Integer> art = new ArrayList<>();
            List<Integer> pos = new ArrayList<>();
            List<Integer> count = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                int p = 0;
                for (Sentence s : Sentences.split(articles.get(a).id(), articles.get(a).text())) {
                    List<String> w = Words.of(s.text());
                    if (w.size() < MIN_WORDS) {
                        continue;
                    }
                    u.sentences.add(s);
                    u.shingles.add(shingles(w));
                    art.add(a);
                    pos.add(p++);
                    count.add(w.size());
                    talk.add(quoted(coverage.annotationsOf(articles.get(a).id()), s));
                }
            }
            u.speech = new boolean[talk.size()];
            for (int k = 0; k < talk.size(); k++) {
                u.speech[k] = talk.get(k);
            }
            u.article = art.stream().mapToInt(Integer::intValue).toArray();
            u.position = pos.stream().mapToInt(Integer::intValue).toArray();
            u.words = count.stream().mapToInt(Integer::intValue).toArray();
            return u;
        }

        private static boolean quoted(Annotations notes, Sentence s) {
            for (Quote q : notes.quotes()) {
                if (q.start() < s.end() && q.end() > s.start()) {
                    return true;
                }
            }
            return false;
        }

        private static long[] shingles(List<String> words) {
            int width = Math.min(SHINGLE, words.size());
            Map<Long, Boolean> seen = new HashMap<>();
            List<Long> out = new ArrayList<>();
            for (int from = 0; from + width <= words.size(); from++) {
                long h = 1;
                for (int k = from; k < from + width; k++) {
                    h = MinHashIndex.mix(h * 31 + words.get(k).hashCode());
                }
                if (seen.putIfAbsent(h, Boolean.TRUE) == null) {
                    out.add(h);
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
