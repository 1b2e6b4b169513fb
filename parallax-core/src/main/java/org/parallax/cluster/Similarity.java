package org.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.parallax.model.Article;

/**
 * The similarity the event clusterer uses, as public functions, so that a distributed run (parallax-spark) can find
 * and score candidate pairs of articles exactly as {@link EventClusterer} does: the same terms, the same TF-IDF
 * weights, the same cosine and the same decay with time.
 *
 * <p>An article is the unit vector of its terms ({@link #termCounts}, weighed by {@link #unitVector}); two articles'
 * similarity is the dot product of their unit vectors ({@link #dot}), decayed by the days between them
 * ({@link #decay}). Pure functions; safe from any thread.
 */
public final class Similarity {
    /** How many of an article's heaviest terms the clusterer indexes it under (and looks up its neighbours by). */
    public static final int INDEX_TERMS = EventClusterer.INDEX_TERMS;

    private Similarity() {
    }

    /** The raw weighted term counts of an article (headline, name and number terms counted more), by term. */
    public static SortedMap<String, Double> termCounts(Article article, ClusterSettings settings) {
        return new TreeMap<>(new TermExtractor(settings).counts(article));
    }

    /**
     * The unit-length TF-IDF vector of raw term counts, by term: sublinear term frequency times the smoothed inverse
     * document frequency of {@code statistics}, as {@link EventClusterer} weighs an article.
     */
    public static SortedMap<String, Double> unitVector(Map<String, Double> counts, TermStatistics statistics) {
        TreeMap<String, Double> weights = new TreeMap<>();
        double squares = 0;
        for (Map.Entry<String, Double> e : new TreeMap<>(counts).entrySet()) {
            double w = weight(e.getValue(), statistics.idf(e.getKey()));
            if (w > 0) {
                weights.put(e.getKey(), w);
                squares += w * w;
            }
        }
        double norm = Math.sqrt(squares);
        if (norm > 0) {
            weights.replaceAll((t, w) -> w / norm);
        }
        return weights;
    }

    /** The weight of a term counted {@code rawCount} times: {@code (1 + ln count) * idf} (below one count, linear). */
    public static double weight(double rawCount, double idf) {
        double tf = rawCount >= 1 ? 1 + Math.log(rawCount) : rawCount;
        return tf * idf;
    }

    /**
     * The terms an article is indexed under: its {@link #INDEX_TERMS} heaviest terms among those in at least two
     * documents (a term only one article has cannot lead to another), or its heaviest terms when none is shared;
     * heaviest first, ties by term. Two articles can only be compared by the clusterer when they share one.
     */
    public static List<String> indexTerms(SortedMap<String, Double> unit, TermStatistics statistics) {
        List<Map.Entry<String, Double>> shared = new ArrayList<>();
        for (Map.Entry<String, Double> e : unit.entrySet()) {
            if (statistics.documentFrequency(e.getKey()) >= 2) {
                shared.add(e);
            }
        }
        List<Map.Entry<String, Double>> pool = shared.isEmpty() ? new ArrayList<>(unit.entrySet()) : shared;
        // A stable sort of entries already in term order: equal weights stay in term order.
        pool.sort(Collections.reverseOrder(Map.Entry.comparingByValue()));
        List<String> out = new ArrayList<>(Math.min(INDEX_TERMS, pool.size()));
        for (int i = 0; i < pool.size() && i < INDEX_TERMS; i++) {
            out.add(pool.get(i).getKey());
        }
        return out;
    }

    /**
     * The dot product of two sparse vectors given as ascending distinct term ids and their weights (the cosine, for
     * unit vectors).
     */
    public static double dot(int[] termsA, double[] weightsA, int[] termsB, double[] weightsB) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < termsA.length && j < termsB.length) {
            if (termsA[i] == termsB[j]) {
                s += weightsA[i++] * weightsB[j++];
            } else if (termsA[i] < termsB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /**
     * A similarity decayed by the days between two dated things: halved every {@link ClusterSettings#halfLifeDays()}
     * days, -1 beyond {@link ClusterSettings#windowDays()}, unchanged when either side is undated ({@code days < 0}).
     */
    public static double decay(long days, double similarity, ClusterSettings settings) {
        if (days < 0) {
            return similarity;
        }
        if (days > settings.windowDays()) {
            return -1;
        }
        return similarity * Math.pow(0.5, days / settings.halfLifeDays());
    }

    /** Days between two dates, or -1 when either is null. */
    public static long daysBetween(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return -1;
        }
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /**
     * The most days two articles can lie apart and still be linked with a decayed similarity of at least
     * {@code least} (a cosine is at most 1): beyond it, no pair needs to be compared.
     */
    public static int horizonDays(double least, ClusterSettings settings) {
        if (!(least > 0)) {
            return settings.windowDays();
        }
        double days = settings.halfLifeDays() * Math.log(1 / least) / Math.log(2);
        return (int) Math.min(settings.windowDays(), Math.floor(days));
    }
}
