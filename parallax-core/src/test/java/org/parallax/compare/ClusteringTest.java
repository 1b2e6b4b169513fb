package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The parts of the aligner that need no model: clusters, candidates, anchors, speakers, terms. */
class ClusteringTest {

    @Test
    void aChainDoesNotGlueUnrelatedEnds() {
        // 0~1 strongly, 1~2 strongly, but 0 and 2 are unrelated: the tightness check keeps 2 out.
        double[][] s = {{1, 0.9, 0.0}, {0.9, 1, 0.8}, {0.0, 0.8, 1}};
        List<TightClusters.Link> links = List.of(new TightClusters.Link(0, 1, 0.9), new TightClusters.Link(1, 2, 0.8));
        assertEquals(List.of(List.of(0, 1)), TightClusters.of(3, links, (a, b) -> s[a][b], 0.45));
        // With 0~2 close as well, all three join.
        double[][] t = {{1, 0.9, 0.6}, {0.9, 1, 0.8}, {0.6, 0.8, 1}};
        assertEquals(List.of(List.of(0, 1, 2)), TightClusters.of(3, links, (a, b) -> t[a][b], 0.45));
    }

    @Test
    void lshFindsNearDuplicatesWithoutComparingAllPairs() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            float[] base = unit(random, null, 0);
            vectors.add(base);
            vectors.add(unit(random, base, 0.15)); // a near copy of the previous vector
        }
        List<Set<String>> noTerms = vectors.stream().map(v -> Set.<String>of()).toList();
        long[] pairs = Candidates.pairs(vectors, noTerms, AlignSettings.DEFAULT);
        int found = 0;
        for (int i = 0; i < vectors.size(); i += 2) {
            if (java.util.Arrays.binarySearch(pairs, Candidates.encode(i, i + 1)) >= 0) {
                found++;
            }
        }
        long all = (long) vectors.size() * (vectors.size() - 1) / 2;
        assertTrue(found >= 1900, "near copies found: " + found);
        // Each text meets about tables x bucket others, a number that does not grow with the event.
        int perText = AlignSettings.DEFAULT.lshTables() * AlignSettings.DEFAULT.maxBucket();
        assertTrue(pairs.length < (long) vectors.size() * perText / 2, pairs.length + " of " + all);
        assertTrue(pairs.length < all / 6, pairs.length + " of " + all);
    }

    @Test
    void aRareSharedTermProposesACandidateAFrequentOneDoesNot() {
        List<float[]> vectors = new ArrayList<>();
        List<Set<String>> terms = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            vectors.add(new float[] {1, 0});
            terms.add(i == 3 || i == 17 ? Set.of("kestrel", "bridge") : Set.of("bridge"));
        }
        AlignSettings noLsh = new AlignSettings(PairScorer.DEFAULT, 0.5, 0.45, 0.45, 0, 24, 8, 0.15);
        assertEquals(1, Candidates.pairs(vectors, terms, noLsh).length);
        assertEquals(Candidates.encode(3, 17), Candidates.pairs(vectors, terms, noLsh)[0]);
    }

    @Test
    void aRareNameTiesASentenceOfAnotherOutletToTheCluster() {
        List<ProfiledSentence> s = List.of(
                sentence("a", 0, Set.of("kestrel point", "ada lind")),
                sentence("b", 0, Set.of("kestrel point")),
                sentence("c", 0, Set.of("kestrel point")),   // joins: names the anchor, once
                sentence("c", 1, Set.of("ada lind")),        // no: Ada Lind is not an anchor (c names her too)
                sentence("d", 0, Set.of("ada lind")));
        List<List<Integer>> clusters = AnchoredJoin.extend(s, List.of(List.of(0, 1)), (x, y) -> 0.3, 0.15);
        assertEquals(List.of(List.of(0, 1, 2)), clusters);
        assertEquals(List.of(List.of(0, 1)), AnchoredJoin.extend(s, List.of(List.of(0, 1)), (x, y) -> 0.1, 0.15));
    }

    @Test
    void speakersAgreeOnSurnameOrWhenOneIsUnknownOrAnUnresolvedPronoun() {
        assertTrue(Speakers.compatible("Vladimir Putin", "Wladimir Putin"));
        assertTrue(Speakers.compatible("Talvik", "Ingrid Talvik"));
        assertTrue(Speakers.compatible(null, "Ingrid Talvik"));
        assertTrue(Speakers.compatible("they", "A city spokeswoman"));
        assertFalse(Speakers.compatible("Oren Blix", "Ingrid Talvik"));
    }

    @Test
    void termsStemNumbersAndNames() {
        assertEquals(Set.of("woman", "travel", "region"), Terms.content("The women traveled from 17 regions."));
        assertEquals(Set.of("300000", "17"), Terms.numbers("300,000 reservists and 17 women."));
        assertEquals(Set.of("novo-ogaryovo", "kestrel"), Terms.capitalised("The meeting in Novo-Ogaryovo. Then Kestrel."
                .replace("Then ", "then ")));
        assertTrue(SentenceKinds.isTrivial("\u201cWe will rebuild it, all of it, every stone,\u201d she said."));
        assertFalse(SentenceKinds.isTrivial("The council voted to rebuild the lighthouse on Monday."));
    }

    @Test
    void anOutletRepeatingASentenceInTwoArticlesMakesOneUniqueClaim() {
        String repeated = "Harbour master Ingrid Talvik closed the port of Vellmar on Monday morning.";
        String other = "The Vellmar council approved a repair budget of 40 million crowns on Friday.";
        List<ProfiledSentence> s = List.of(profiled("p1", "Post", repeated), profiled("p2", "Post", repeated),
                profiled("w1", "Wire", other));
        Alignment alignment = new Alignment(s, List.of(), List.of(), List.of(0.0, 0.0, 0.0));
        List<String> claims = UniqueClaimFinder.find(alignment, 0.5).stream()
                .map(c -> c.articleIds() + " " + c.statement()).toList();
        assertEquals(List.of("[p1] " + repeated, "[w1] " + other), claims);
    }

    private static ProfiledSentence profiled(String article, String outlet, String text) {
        Set<String> names = new java.util.TreeSet<>(Terms.capitalised(text));
        names.addAll(Terms.numbers(text));
        return new ProfiledSentence(new Sentence(article, 0, text, 0, text.length()), outlet, new float[] {1, 0},
                Terms.content(text), names);
    }

    private static ProfiledSentence sentence(String article, int index, Set<String> names) {
        return new ProfiledSentence(new Sentence(article, index, "A sentence long enough to count here.", 0, 37),
                article, new float[] {1, 0}, Set.of(), names);
    }

    private static float[] unit(Random random, float[] around, double noise) {
        float[] v = new float[384];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) (around == null ? random.nextGaussian() : around[d] + noise * random.nextGaussian() / 10);
            norm += v[d] * v[d];
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
