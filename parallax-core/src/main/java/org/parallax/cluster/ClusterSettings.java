package org.parallax.cluster;

import java.io.Serializable;

/**
 * Settings of the event clusterer. Serializable, because a distributed run (parallax-spark) ships them to its
 * workers.
 *
 * @param threshold     cosine similarity an article needs with an event's centroid to join it, in the online pass,
 *                      rather than open a new event
 * @param titleWeight   how much more a term counts when it is in the headline (headlines name the event)
 * @param nameWeight    how much more a name (a capitalised word inside a sentence, or a run of them) counts than an
 *                      ordinary word: names tell two events of one kind apart
 * @param numberWeight  how much more a number or year counts than an ordinary word
 * @param halfLifeDays  when both sides are dated, similarity halves for every this many days between them
 * @param windowDays    dated articles are never linked to an event or article more than this many days away
 * @param neighbours    how many nearest neighbours of each article vote in the batch refinement
 * @param minSimilarity the least similarity for a neighbour to vote in the batch refinement
 * @param stayWeight    the vote an article's current event gets on top of its neighbours' in the refinement: an
 *                      article moves only when its neighbours bring more evidence than this (so one weak link does
 *                      not pull an article away)
 * @param refine        whether batch clustering makes the refining second pass
 * @param splitRatio    the refinement splits an event in two when the mean similarity across its two halves is
 *                      below this fraction of the mean similarity within them (see {@link EventSplitter}); 0 never
 *                      splits
 */
public record ClusterSettings(double threshold, double titleWeight, double nameWeight, double numberWeight,
                              double halfLifeDays, int windowDays, int neighbours, double minSimilarity,
                              double stayWeight, boolean refine, double splitRatio) implements Serializable {

    /** The split ratio of the default settings. */
    public static final double DEFAULT_SPLIT_RATIO = 0.5;

    public ClusterSettings {
        if (!(threshold > 0 && threshold < 1) || !(minSimilarity >= 0 && minSimilarity < 1)) {
            throw new IllegalArgumentException("threshold and minimum similarity must be in (0, 1), were "
                    + threshold + " and " + minSimilarity);
        }
        if (!(titleWeight > 0 && nameWeight > 0 && numberWeight > 0 && halfLifeDays > 0) || windowDays < 0
                || neighbours < 1
                || stayWeight < 0 || !(splitRatio >= 0)) {
            throw new IllegalArgumentException("weights, half-life, window and neighbours must be positive");
        }
    }

    /** The given settings with the default split ratio (the constructor before the split ratio existed). */
    public ClusterSettings(double threshold, double titleWeight, double nameWeight, double numberWeight,
                           double halfLifeDays, int windowDays, int neighbours, double minSimilarity,
                           double stayWeight, boolean refine) {
        this(threshold, titleWeight, nameWeight, numberWeight, halfLifeDays, windowDays, neighbours, minSimilarity,
                stayWeight, refine, DEFAULT_SPLIT_RATIO);
    }

    /** The default settings with another online threshold. */
    public ClusterSettings(double threshold) {
        this(threshold, 2.0, 3.0, 2.0, 7.0, 60, 8, 0.1, 0.28, true, DEFAULT_SPLIT_RATIO);
    }

    /** The settings measured in docs/accuracy.md. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(0.4);
    }

    /** These settings with another online threshold. */
    public ClusterSettings withThreshold(double t) {
        return new ClusterSettings(t, titleWeight, nameWeight, numberWeight, halfLifeDays, windowDays, neighbours,
                minSimilarity, stayWeight, refine, splitRatio);
    }

    /** These settings with another least neighbour similarity for the refinement. */
    public ClusterSettings withMinSimilarity(double m) {
        return new ClusterSettings(threshold, titleWeight, nameWeight, numberWeight, halfLifeDays, windowDays,
                neighbours, m, stayWeight, refine, splitRatio);
    }

    /** These settings with another stay weight for the refinement. */
    public ClusterSettings withStayWeight(double w) {
        return new ClusterSettings(threshold, titleWeight, nameWeight, numberWeight, halfLifeDays, windowDays,
                neighbours, minSimilarity, w, refine, splitRatio);
    }

    /** These settings with or without the batch refinement pass. */
    public ClusterSettings withRefine(boolean r) {
        return new ClusterSettings(threshold, titleWeight, nameWeight, numberWeight, halfLifeDays, windowDays,
                neighbours, minSimilarity, stayWeight, r, splitRatio);
    }

    /** These settings with another split ratio for the refinement (0: never split). */
    public ClusterSettings withSplitRatio(double s) {
        return new ClusterSettings(threshold, titleWeight, nameWeight, numberWeight, halfLifeDays, windowDays,
                neighbours, minSimilarity, stayWeight, refine, s);
    }
}
