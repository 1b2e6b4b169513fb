package org.parallax.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.util.LongAccumulator;
import org.parallax.cluster.ClusterSettings;
import org.parallax.cluster.Similarity;

import scala.Tuple2;

/**
 * Finds the strong links in one partition of blocks: the articles of each key term, sorted by time, each compared
 * with the {@code maxCompared} articles before it in the block that lie within the horizon (all of them, when either
 * is undated), with the clusterer's own similarity (cosine of the unit TF-IDF vectors, decayed by the days between
 * them). A pair sharing several key terms is scored only in the block of the smallest, so each pair is scored once.
 * Pairs at or above the link threshold are links.
 */
final class LinkFinder {
    private final ClusterSettings settings;
    private final double threshold;
    private final int horizon;
    private final int maxCompared;
    private final LongAccumulator scored;

    LinkFinder(ClusterSettings settings, double threshold, int maxCompared, LongAccumulator scored) {
        this.settings = settings;
        this.threshold = threshold;
        this.horizon = Similarity.horizonDays(threshold, settings);
        this.maxCompared = maxCompared;
        this.scored = scored;
    }

    /** The links of a partition sorted by {@link BlockKey.Order}: pairs of article numbers, smaller first. */
    Iterator<Tuple2<Long, Long>> links(Iterator<Tuple2<BlockKey, Vec>> sorted) {
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        ArrayDeque<Vec> recent = new ArrayDeque<>();
        int term = -1;
        long pairs = 0;
        while (sorted.hasNext()) {
            Tuple2<BlockKey, Vec> next = sorted.next();
            if (next._1().term() != term) {
                term = next._1().term();
                recent.clear();
            }
            Vec v = next._2();
            Iterator<Vec> back = recent.descendingIterator();
            while (back.hasNext()) {
                Vec o = back.next();
                // The block is sorted by day, undated last: once a dated pair is beyond the horizon, all older are.
                if (v.dated() && o.dated() && v.day() - (long) o.day() > horizon) {
                    break;
                }
                if (o.firstSharedKey(v) != term) {
                    continue;
                }
                pairs++;
                double cosine = Similarity.dot(v.terms(), v.weights(), o.terms(), o.weights());
                long days = v.dated() && o.dated() ? v.day() - (long) o.day() : -1;
                if (Similarity.decay(days, cosine, settings) >= threshold) {
                    out.add(new Tuple2<>(Math.min(v.index(), o.index()), Math.max(v.index(), o.index())));
                }
            }
            recent.addLast(v);
            if (recent.size() > maxCompared) {
                recent.removeFirst();
            }
        }
        scored.add(pairs);
        return out.iterator();
    }
}
