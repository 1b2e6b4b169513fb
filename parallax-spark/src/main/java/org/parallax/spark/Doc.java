package org.parallax.spark;

import java.io.Serializable;

/**
 * A cleaned (and annotated) article between the stages of the job: what blocking and clustering need in plain
 * fields, and the article with its annotations encoded by {@link ArticleCodec}.
 *
 * @param id      the article id
 * @param order   its place in the input (see {@link RawRecord#order()})
 * @param origin  where it was read, for messages
 * @param day     its publication date as an epoch day, or {@link #UNDATED}
 * @param terms   its terms (see {@link org.parallax.cluster.Similarity#termCounts}), in term order
 * @param counts  the raw weighted count of each term
 * @param encoded the article and its annotations
 */
record Doc(String id, String order, String origin, int day, String[] terms, double[] counts, byte[] encoded)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The day of an undated article: after every date, as the clusterer puts undated articles last. */
    static final int UNDATED = Integer.MAX_VALUE;
}
