package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BCubedTest {
    private static final double EPS = 1e-9;
    /** a, b, c report event X; d, e event Y. */
    private static final Map<String, String> GOLD = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");

    @Test
    void mixedClustering() {
        // Predicted {a,b} {c,d,e}. Precision per item: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1.
        BCubedScore s = BCubed.score(GOLD, Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2"));
        assertEquals(11.0 / 15, s.precision(), EPS);
        assertEquals(11.0 / 15, s.recall(), EPS);
        assertEquals(11.0 / 15, s.f1(), EPS);
        assertEquals(5, s.items());
        assertEquals(2, s.goldClusters());
        assertEquals(2, s.predictedClusters());
    }

    @Test
    void allSingletonsArePreciseButRecallSuffers() {
        BCubedScore s = BCubed.score(GOLD, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"));
        assertEquals(1.0, s.precision(), EPS);
        assertEquals((3 * (1.0 / 3) + 2 * (1.0 / 2)) / 5, s.recall(), EPS);
        assertEquals(2 * 0.4 / 1.4, s.f1(), EPS);
    }

    @Test
    void oneBigClusterRecallsAllButIsImprecise() {
        BCubedScore s = BCubed.score(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"));
        assertEquals((3 * 0.6 + 2 * 0.4) / 5, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
    }

    @Test
    void perfectClusteringScoresOne() {
        BCubedScore s = BCubed.score(GOLD, Map.of("a", "p", "b", "p", "c", "p", "d", "q", "e", "q"));
        assertEquals(1.0, s.f1(), EPS);
    }

    @Test
    void itemsOnOneSideOnlyAreReportedNotScored() {
        BCubedScore s = BCubed.score(Map.of("a", "X", "b", "X", "f", "Z"), Map.of("a", "1", "b", "1", "g", "1"));
        assertEquals(2, s.items());
        assertEquals(1.0, s.f1(), EPS);
        assertEquals(List.of("f"), s.missingPredicted());
        assertEquals(List.of("g"), s.missingGold());
    }

    @Test
    void nothingInCommonScoresZero() {
        BCubedScore s = BCubed.score(Map.of("a", "X"), Map.of());
        assertEquals(0, s.items());
        assertEquals(0.0, s.f1(), EPS);
        assertEquals(List.of("a"), s.missingPredicted());
    }
}
