package org.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.parallax.cluster.ClusterSettings;

import scala.Tuple2;

/** Blocks of articles sorted by term and time, scored without Spark. */
class LinkFinderTest {
    private static final ClusterSettings SETTINGS = ClusterSettings.defaults();

    /** A unit vector over terms 1 and 2 with the given weight on term 1, keyed by term 1 (and 2 when shared). */
    private static Vec vec(long index, int day, double w1, int... keys) {
        return new Vec(index, day, keys, new int[] {1, 2}, new double[] {w1, Math.sqrt(1 - w1 * w1)});
    }

    private static List<Tuple2<Long, Long>> links(List<Vec> sortedBlock, int term, int maxCompared,
                                                  LongAccumulator scored) {
        List<Tuple2<BlockKey, Vec>> in = new ArrayList<>();
        for (Vec v : sortedBlock) {
            in.add(new Tuple2<>(new BlockKey(term, v.day(), v.index()), v));
        }
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        new LinkFinder(SETTINGS, 0.05, maxCompared, scored).links(in.iterator()).forEachRemaining(out::add);
        return out;
    }

    @Test
    void pairsWithinTheHorizonAreScoredAndTheSimilarOnesLinked() {
        LongAccumulator scored = new LongAccumulator();
        // Days 0, 3 and 40: the last is beyond the 30-day horizon of a 0.05 threshold.
        List<Tuple2<Long, Long>> links = links(List.of(vec(7, 0, 1.0, 1), vec(3, 3, 1.0, 1), vec(9, 40, 1.0, 1)), 1,
                256, scored);
        assertEquals(List.of(new Tuple2<>(3L, 7L)), links);
        assertEquals(1, scored.value());
    }

    @Test
    void undatedArticlesAreComparedWithEveryEarlierOne() {
        LongAccumulator scored = new LongAccumulator();
        List<Tuple2<Long, Long>> links = links(List.of(vec(1, 0, 1.0, 1), vec(2, 100, 1.0, 1),
                vec(3, Doc.UNDATED, 1.0, 1)), 1, 256, scored);
        // Newest first; the two dated ones are 100 days apart, beyond the horizon.
        assertEquals(List.of(new Tuple2<>(2L, 3L), new Tuple2<>(1L, 3L)), links);
        assertEquals(2, scored.value());
    }

    @Test
    void aPairSharingSeveralKeysIsScoredOnlyInTheBlockOfTheSmallest() {
        LongAccumulator scored = new LongAccumulator();
        assertEquals(List.of(), links(List.of(vec(1, 0, 1.0, 1, 2), vec(2, 0, 1.0, 1, 2)), 2, 256, scored));
        assertEquals(0, scored.value());
    }

    @Test
    void dissimilarPairsAndPairsBeyondTheCapAreNotLinked() {
        LongAccumulator scored = new LongAccumulator();
        // Orthogonal-ish: weights (1, 0) and (0.01, ~1) have a cosine of 0.01.
        assertEquals(List.of(), links(List.of(vec(1, 0, 1.0, 1), vec(2, 0, 0.01, 1)), 1, 256, scored));
        // With a cap of one, the third article is compared only with the second.
        List<Tuple2<Long, Long>> capped = links(List.of(vec(1, 0, 1.0, 1), vec(2, 0, 0.01, 1), vec(3, 0, 1.0, 1)), 1,
                1, scored);
        assertEquals(List.of(), capped);
    }
}
