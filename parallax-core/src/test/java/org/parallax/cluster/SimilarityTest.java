package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Event;

/** The clusterer's similarity as public functions, and batch clustering of a part with corpus-wide statistics. */
class SimilarityTest {
    private static final ClusterSettings SETTINGS = ClusterSettings.defaults();

    @Test
    void unitVectorIsTheSublinearTfIdfScaledToLengthOne() {
        TermStatistics stats = TermStatistics.of(9, Map.of("ferry", 3, "fire", 1));
        SortedMap<String, Double> unit = Similarity.unitVector(Map.of("ferry", Math.E, "fire", 1.0), stats);
        double ferry = 2 * (Math.log(10.0 / 4) + 1);
        double fire = Math.log(10.0 / 2) + 1;
        double norm = Math.hypot(ferry, fire);
        assertEquals(List.of("ferry", "fire"), List.copyOf(unit.keySet()));
        assertEquals(ferry / norm, unit.get("ferry"), 1e-12);
        assertEquals(fire / norm, unit.get("fire"), 1e-12);
    }

    @Test
    void decayHalvesPerHalfLifeAndStopsAtTheWindow() {
        assertEquals(0.8, Similarity.decay(-1, 0.8, SETTINGS), 0);
        assertEquals(0.4, Similarity.decay(7, 0.8, SETTINGS), 1e-12);
        assertEquals(-1, Similarity.decay(61, 0.8, SETTINGS), 0);
        assertEquals(30, Similarity.horizonDays(0.05, SETTINGS));
        assertEquals(SETTINGS.windowDays(), Similarity.horizonDays(0.0001, SETTINGS));
        assertEquals(-1, Similarity.daysBetween(null, LocalDate.of(2031, 1, 1)));
        assertEquals(3, Similarity.daysBetween(LocalDate.of(2031, 1, 4), LocalDate.of(2031, 1, 1)));
    }

    @Test
    void dotMergesSortedTermIds() {
        assertEquals(0.5 * 0.25 + 0.5 * 0.5, Similarity.dot(new int[] {1, 4, 9}, new double[] {0.5, 0.5, 0.5},
                new int[] {1, 2, 9}, new double[] {0.25, 0.9, 0.5}), 1e-15);
    }

    @Test
    void indexTermsPreferSharedTermsHeaviestFirst() {
        TermStatistics stats = TermStatistics.of(5, Map.of("a", 2, "b", 1, "c", 3, "d", 2));
        SortedMap<String, Double> unit = new java.util.TreeMap<>(Map.of("a", 0.2, "b", 0.9, "c", 0.5, "d", 0.2));
        assertEquals(List.of("c", "a", "d"), Similarity.indexTerms(unit, stats));
    }

    @Test
    void partsClusteredWithCorpusStatisticsGiveTheEventsOfTheWhole() {
        List<Article> all = EventClustererTest.ALL;
        TermStatistics corpus = new TermStatistics();
        for (Article a : all) {
            corpus.addDocument(Similarity.termCounts(a, SETTINGS).keySet());
        }
        List<Event> whole = EventClusterer.cluster(all, SETTINGS);
        // The library opening shares no heavy term with the ferry fires: clustered apart, it must come out the same.
        List<Event> parts = new ArrayList<>(EventClusterer.cluster(all.subList(0, 5), SETTINGS, corpus));
        parts.addAll(EventClusterer.cluster(all.subList(5, 6), SETTINGS, corpus));
        parts.sort(EventClusterer.NEWEST_FIRST);
        assertEquals(whole, parts);
        assertTrue(whole.size() >= 3, whole::toString);
        assertEquals(6, corpus.documents());
    }
}
