package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The integer term ids and the unboxed structures built on them. */
class TermIdsTest {

    @Test
    void dictionaryGivesIdsInFirstSeenOrder() {
        TermDictionary d = new TermDictionary();
        assertEquals(0, d.intern("harbour"));
        assertEquals(1, d.intern("ferry"));
        assertEquals(0, d.intern("harbour"));
        assertEquals(-1, d.find("lighthouse"));
        assertEquals("ferry", d.term(1));
        assertEquals(2, d.size());
    }

    @Test
    void countsAreInternedAlphabeticallyAndSortedById() {
        TermDictionary d = new TermDictionary();
        d.intern("zinc");
        TermCounts c = TermCounts.of(Map.of("zinc", 2.0, "mill", 1.0, "anchor", 3.0), d);
        // "zinc" was known (id 0); the new terms get ids in alphabetical order: anchor 1, mill 2.
        assertArrayEquals(new int[] {0, 1, 2}, c.ids);
        assertArrayEquals(new double[] {2.0, 3.0, 1.0}, c.counts);
    }

    @Test
    void vectorsDropNonPositiveWeightsAndDotByMerge() {
        TermVector a = TermVector.of(new int[] {7, 2, 5}, new double[] {1.0, 2.0, 0.0});
        TermVector b = TermVector.ofSorted(new int[] {2, 3, 7}, new double[] {0.5, 4.0, 3.0});
        assertArrayEquals(new int[] {2, 7}, a.terms);
        assertEquals(2.0 * 0.5 + 1.0 * 3.0, TermVector.dot(a, b));
    }

    @Test
    void topIsHeaviestFirstTiesBySmallerId() {
        TermVector v = TermVector.ofSorted(new int[] {1, 4, 6, 9}, new double[] {0.5, 2.0, 0.5, 1.0});
        assertArrayEquals(new int[] {1, 3, 0}, v.top(3));
        assertArrayEquals(new int[] {3, 2}, v.top(2, i -> v.terms[i] != 4 && v.terms[i] != 1));
        assertArrayEquals(new int[] {1, 3, 0, 2}, v.top(10));
    }

    @Test
    void intDoubleMapAddsGrowsAndClears() {
        IntDoubleMap m = new IntDoubleMap();
        for (int i = 0; i < 100; i++) {
            m.add(i * 31, i);
        }
        m.add(31, 0.5);
        assertEquals(100, m.size());
        assertEquals(1.5, m.get(31));
        assertEquals(99.0, m.get(99 * 31));
        assertEquals(0.0, m.get(5));
        assertTrue(m.addKey(5));
        assertFalse(m.addKey(5));
        assertTrue(m.contains(5));
        m.clear();
        assertEquals(0, m.size());
        assertFalse(m.contains(31));
    }
}
