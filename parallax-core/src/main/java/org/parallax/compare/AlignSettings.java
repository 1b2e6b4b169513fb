package org.parallax.compare;

/**
 * The knobs of sentence and quote alignment.
 *
 * @param scorer          how two sentences are scored
 * @param threshold       the least score for two sentences of different outlets to be aligned
 * @param tightness       the least mean score between all members of two clusters for them to merge, so a chain
 *                        A~B~C does not glue A to an unrelated C
 * @param quoteThreshold  the least score for two quotes of compatible speakers to be the same utterance
 * @param lshTables       hash tables of random-hyperplane LSH
 * @param maxBucket       target bucket size: the bits per table grow with the number of sentences to keep buckets
 *                        about this size, which keeps the candidate count linear
 * @param maxTermFrequency a shared term (name, number, content word) proposes candidates only when it occurs in at most
 *                        this many texts: rare shared terms catch paraphrases the embedding misses, frequent ones
 *                        would bring back all pairs
 * @param anchorFloor     the least mean score against a cluster for a sentence sharing the cluster's rare name
 *                        to join it ({@link AnchoredJoin})
 */
public record AlignSettings(PairScorer scorer, double threshold, double tightness, double quoteThreshold,
                            int lshTables, int maxBucket, int maxTermFrequency, double anchorFloor) {

    /** Defaults measured on the demo corpus, the seeds and the test fixtures (see the class comment of the aligner). */
    public static final AlignSettings DEFAULT = new AlignSettings(PairScorer.DEFAULT, 0.50, 0.45, 0.45, 32, 24, 8,
            0.15);
}
