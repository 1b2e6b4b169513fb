package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.QuoteGroup;
import org.parallax.model.QuoteKind;
import org.parallax.model.QuoteVariant;

/** The consensus, unique-claim and quote sections on the invented ferry fire, end to end with real embeddings. */
class ComparisonTest {
    private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();
    private static final SentenceAligner ALIGNER = new SentenceAligner(EMBEDDER, AlignSettings.DEFAULT);
    private static final String POST = FerryFire.POST;
    private static final String WIRE = FerryFire.WIRE;
    private static final String LANTERN = FerryFire.LANTERN;

    @Test
    void consensusHoldsTheFactsTwoOutletsShareRankedAndWithExactEvidence() {
        List<Claim> claims = new ConsensusFinder(ALIGNER).find(FerryFire.coverage());
        assertEquals(List.of(
                claim("Eleven people were treated in hospital for smoke inhalation.",
                        ev(POST, FerryFire.POST_TEXT, "Eleven passengers were taken to hospital with smoke inhalation."),
                        ev(WIRE, FerryFire.WIRE_TEXT, "Eleven people were treated in hospital for smoke inhalation.")),
                claim("Harbour master Ingrid Talvik said the blaze started in the engine room.",
                        ev(POST, FerryFire.POST_TEXT,
                                "Harbour master Ingrid Talvik said the blaze started in the engine room."),
                        ev(WIRE, FerryFire.WIRE_TEXT,
                                "Harbour master Ingrid Talvik told reporters that the fire had begun in the engine room.")),
                claim("The ferry Saltmere caught fire in Vellmar harbour on Sunday evening.",
                        ev(POST, FerryFire.POST_TEXT,
                                "A fire broke out on the ferry Saltmere in the port of Vellmar on Sunday evening."),
                        ev(WIRE, FerryFire.WIRE_TEXT,
                                "The ferry Saltmere caught fire in Vellmar harbour on Sunday evening."))), claims);
    }

    @Test
    void uniqueClaimsAreSubstantiveUnalignedSentences() {
        List<String> statements = new UniqueClaimFinder(ALIGNER).find(FerryFire.coverage()).stream()
                .map(c -> c.articleIds().get(0) + ": " + c.statement()).toList();
        // Not listed: aligned sentences, "Local fishermen ..." (no name, no number), quotations.
        assertEquals(List.of(
                LANTERN + ": Passengers described scenes of panic aboard the Saltmere.",
                LANTERN + ": The Vellmar fire department sent four engines to the quay.",
                LANTERN + ": A spokeswoman for the city of Vellmar said the cause of the fire was still under investigation.",
                POST + ": The ferry company Nordlys Lines said it would suspend all crossings until Tuesday.",
                WIRE + ": Captain Oren Blix praised the crew for a calm evacuation of 212 passengers."), statements);
    }

    @Test
    void quoteVariantsJoinParaphrasesOfOneSpeakerButNotSimilarWordsOfAnother() {
        List<QuoteGroup> groups = new QuoteVariantGrouper(EMBEDDER, AlignSettings.DEFAULT).group(FerryFire.coverage());
        String post = "We will not let the Saltmere sail until every cable is checked";
        String wire = "the Saltmere would not sail again before all of its cables had been checked";
        String lantern = "Every cable on this ship will be checked before we sail";
        assertEquals(List.of(
                new QuoteGroup("Ingrid Talvik", List.of(variant(POST, FerryFire.POST_TEXT, post),
                        variant(WIRE, FerryFire.WIRE_TEXT, wire))),
                new QuoteGroup("Oren Blix", List.of(variant(LANTERN, FerryFire.LANTERN_TEXT, lantern)))), groups);
    }

    @Test
    void aPartialQuoteJoinsTheFullerQuoteOfAnotherArticleOnly() {
        String a = "Mayor Edda Fenn said: \u201cThe old lighthouse will be rebuilt stone by stone.\u201d";
        String b = "Fenn promised the lighthouse would rise again \u201cstone by stone\u201d and called it \u201ca gift\u201d.";
        Coverage c = new Coverage(new Event("ev", "t", List.of("a", "b"), null, null),
                List.of(FerryFire.article("a", "Cape Herald", a), FerryFire.article("b", "Bay Times", b)),
                Map.of("a", FerryFire.annotations(List.of(), List.of(FerryFire.quote(a,
                                "The old lighthouse will be rebuilt stone by stone.", QuoteKind.DIRECT, "Edda Fenn"))),
                        "b", FerryFire.annotations(List.of(), List.of(
                                FerryFire.quote(b, "stone by stone", QuoteKind.PARTIAL, "Fenn"),
                                FerryFire.quote(b, "a gift", QuoteKind.PARTIAL, "Fenn")))));
        List<QuoteGroup> groups = new QuoteVariantGrouper(EMBEDDER, AlignSettings.DEFAULT).group(c);
        assertEquals(List.of(new QuoteGroup("Edda Fenn", List.of(
                variant("a", a, "The old lighthouse will be rebuilt stone by stone."),
                variant("b", b, "stone by stone")))), groups);
    }

    @Test
    void anEventWithOneArticleHasAnEmptyComparison() {
        Coverage one = new Coverage(new Event("ev", "t", List.of(POST), null, null),
                List.of(FerryFire.article(POST, "Harbour Post", FerryFire.POST_TEXT)), Map.of());
        assertEquals(List.of(), new ConsensusFinder(ALIGNER).find(one));
        assertEquals(List.of(), new UniqueClaimFinder(ALIGNER).find(one));
        assertTrue(ALIGNER.align(one).pairs().isEmpty());
    }

    @Test
    void articlesOfOneOutletAreNeverAlignedWithEachOther() {
        Coverage same = new Coverage(new Event("ev", "t", List.of("x", "y"), null, null),
                List.of(FerryFire.article("x", "Harbour Post", FerryFire.POST_TEXT),
                        FerryFire.article("y", "Harbour Post", FerryFire.POST_TEXT)),
                Map.of("x", Annotations.EMPTY));
        assertEquals(List.of(), new ConsensusFinder(ALIGNER).find(same));
    }

    @Test
    void unknownOutletsCountEachArticleAsItsOwnOutlet() {
        Article a = FerryFire.article("x", "unknown", FerryFire.POST_TEXT);
        Article b = FerryFire.article("y", "unknown", FerryFire.WIRE_TEXT);
        Coverage c = new Coverage(new Event("ev", "t", List.of("x", "y"), null, null), List.of(a, b), Map.of());
        assertEquals(3, new ConsensusFinder(ALIGNER).find(c).size());
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        assertEquals(new ConsensusFinder(ALIGNER).find(FerryFire.coverage()),
                new ConsensusFinder(ALIGNER).find(FerryFire.coverage()));
    }

    private static Claim claim(String statement, Evidence... evidence) {
        return new Claim(statement, List.of(evidence).stream().map(Evidence::articleId).distinct().sorted().toList(),
                List.of(evidence));
    }

    private static Evidence ev(String id, String text, String sentence) {
        int start = text.indexOf(sentence);
        assertTrue(start >= 0, sentence);
        return new Evidence(id, sentence, start, start + sentence.length());
    }

    private static QuoteVariant variant(String id, String text, String words) {
        int start = text.indexOf(words);
        return new QuoteVariant(id, words, null, start, start + words.length());
    }
}
