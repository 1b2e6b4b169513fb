package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Syndication;

class SyndicationDetectorTest {
    private static final String WIRE = "The ferry Marlow Star ran aground on the Tessel shoals late on Sunday evening. "
            + "Coast guard boats took all ninety passengers ashore before midnight without injuries. "
            + "The harbour authority closed the northern channel until the hull can be inspected.";

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new SentenceEmbedder();
    }

    @Test
    void verbatimWireCopyIsFoundWithItsPassageAndShare() {
        Article a = Fixtures.article("a", "Harbour Herald", "Ferry aground",
                "Local fishermen saw flares over the bay.\n\n" + WIRE + "\n\nThe owners declined to comment on Monday.");
        Article b = Fixtures.article("b", "Tessel Times", "Marlow Star stuck",
                WIRE + "\n\nIt is the second grounding on the shoals this year, residents recalled.");
        Article c = Fixtures.article("c", "Coast Radio", "Shoals again",
                "Coast guard boats took all ninety passengers ashore before midnight without injuries. "
                        + "Our reporter spoke to a pilot who blamed the fog over the estuary for it.");
        List<Syndication> found = SyndicationDetector.verbatimOnly().detect(Fixtures.coverage(a, b, c));
        double share = Math.round(1000.0 * WIRE.length() / b.text().length()) / 1000.0;
        assertEquals(List.of(new Syndication(List.of("a", "b"), List.of(WIRE), share, "verbatim")), found);
    }

    @Test
    void oneSharedSentenceIsConsensusNotSyndication() {
        Article a = Fixtures.article("a", "Harbour Herald", null,
                "Coast guard boats took all ninety passengers ashore before midnight without injuries. "
                        + "The captain had reported engine trouble an hour earlier, the owners said.");
        Article b = Fixtures.article("b", "Tessel Times", null,
                "Coast guard boats took all ninety passengers ashore before midnight without injuries. "
                        + "Divers will examine the rudder once the tide turns on Tuesday morning.");
        assertEquals(List.of(), new SyndicationDetector(embedder).detect(Fixtures.coverage(a, b)));
    }

    @Test
    void aRewordedRunOfSentencesIsTranslatedCopy() {
        String first = "The ferry Marlow Star ran aground on the Tessel shoals late on Sunday evening. "
                + "Coast guard boats brought all ninety passengers ashore before midnight, and nobody was hurt.";
        String second = "Late on Sunday evening the ferry Marlow Star went aground on the Tessel shoals. "
                + "Before midnight coast guard boats had taken all ninety passengers to shore; no one was injured.";
        Article a = Fixtures.article("a", "Harbour Herald", null,
                "Residents of the old quarter gathered on the quay to watch.\n\n" + first);
        Article b = Fixtures.article("b", "Tessel Times", null,
                second + "\n\nThe mayor will visit the harbour office on Wednesday afternoon.");
        List<Syndication> found = new SyndicationDetector(embedder).detect(Fixtures.coverage(a, b));
        assertEquals(1, found.size(), found.toString());
        Syndication s = found.get(0);
        assertEquals(List.of("a", "b"), s.articleIds());
        assertEquals(List.of(first), s.sharedText());
        assertEquals("translated", s.kind());
        assertTrue(s.score() > 0.5 && s.score() < 1, s.toString());
    }

    @Test
    void anEventWithOneArticleHasNoSyndication() {
        Article a = Fixtures.article("a", "Harbour Herald", null, WIRE);
        assertEquals(List.of(), new SyndicationDetector(embedder).detect(Fixtures.coverage(a)));
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        Article a = Fixtures.article("a", "Harbour Herald", null, WIRE + " The owners declined to comment.");
        Article b = Fixtures.article("b", "Tessel Times", null, WIRE);
        Article c = Fixtures.article("c", "Coast Radio", null, "Fog lay over the bay. " + WIRE);
        SyndicationDetector detector = new SyndicationDetector(embedder);
        List<Syndication> once = detector.detect(Fixtures.coverage(a, b, c));
        assertEquals(3, once.size());
        assertEquals(once, detector.detect(Fixtures.coverage(c, b, a)));
    }
}
