package org.parallax.cluster;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of terms: how many articles contain each term. Rare terms tell events apart, common ones
 * do not, so every similarity weighs a term by its inverse document frequency.
 *
 * <p>In batch mode the statistics are filled from the whole batch before clustering (so every article is weighed
 * the same way, whatever its position); in online mode they grow as articles arrive. A distributed run counts them
 * over the whole corpus and ships them to its workers (hence {@link Serializable}); reading from several threads is
 * safe once nothing is added. Not thread-safe while documents are added.
 */
public final class TermStatistics implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** Empty statistics, for online use. */
    public TermStatistics() {
    }

    /**
     * Statistics counted elsewhere (say, over a whole corpus on a cluster): {@code documents} documents, and the
     * number of them that contain each term.
     */
    public static TermStatistics of(int documents, Map<String, Integer> documentFrequencies) {
        TermStatistics s = new TermStatistics();
        s.documents = documents;
        s.documentFrequency.putAll(documentFrequencies);
        return s;
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
