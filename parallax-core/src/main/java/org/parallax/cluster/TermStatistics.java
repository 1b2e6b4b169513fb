package org.parallax.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of terms: how many articles contain each term. Rare terms tell events apart, common ones
 * do not, so every similarity weighs a term by its inverse document frequency.
 *
 * <p>In batch mode the statistics are filled from the whole batch before clustering (so every article is weighed
 * the same way, whatever its position); in online mode they grow as articles arrive. Not thread-safe.
 */
public final class TermStatistics {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** Empty statistics, for online use. */
    public TermStatistics() {
    }

    /** Counts one more document containing the given distinct terms. */
    public void addDocument(Iterable<String> distinctTerms) {
        documents++;
        for (String t : distinctTerms) {
            documentFrequency.merge(t, 1, Integer::sum);
        }
    }

    /** Number of documents counted. */
    public int documents() {
        return documents;
    }

    /** Number of counted documents that contain {@code term}. */
    public int documentFrequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }

    /**
     * Smoothed inverse document frequency, {@code ln((1 + N) / (1 + df)) + 1}: positive for every term, highest for
     * terms seen once.
     */
    public double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency(term))) + 1.0;
    }
}
