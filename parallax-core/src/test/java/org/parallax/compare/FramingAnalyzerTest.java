package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Framing;

class FramingAnalyzerTest {
    private static final String NEUTRAL = "The ferry Marlow Star ran aground on the Tessel shoals on Sunday. "
            + "Coast guard boats took the passengers ashore. The harbour authority closed the channel. "
            + "Divers will inspect the hull on Monday. The owners said the crew followed procedure.";

    @Test
    void wordsOnlyOneOutletUsesSurfaceForIt() {
        Article a = Fixtures.article("a", "Coast Daily", "Ferry grounding was a hoax",
                "Critics call the grounding a hoax and a cover-up. " + NEUTRAL
                        + " The cover-up began, critics say, before the ferry left port.");
        Article b = Fixtures.article("b", "Bay News", "Ferry runs aground on Tessel shoals", NEUTRAL
                + " The passengers were calm and the coast guard praised the crew.");
        Article c = Fixtures.article("c", "Harbour Radio", "Passengers rescued from grounded ferry", NEUTRAL
                + " Passengers thanked the coast guard and the crew for a calm rescue.");
        List<Framing> framing = new FramingAnalyzer().analyze(Fixtures.coverage(a, b, c));
        assertEquals(List.of("a", "b", "c"), framing.stream().map(Framing::articleId).toList());
        // the headline's "hoax" and "grounding" are a's alone; "cover-up", twice in a short text, is not yet enough
        // evidence at the 5% level; the words all three share ("ferry", "shoals") never surface
        assertEquals(List.of(new Framing("a", List.of("grounding", "hoax")), new Framing("b", List.of()),
                new Framing("c", List.of())), framing);
    }

    @Test
    void oneOutletHasNoFraming() {
        Article a = Fixtures.article("a", "Coast Daily", "Ferry grounding was a hoax", NEUTRAL);
        Article b = Fixtures.article("b", "Coast Daily", "Ferry aground", NEUTRAL);
        assertEquals(List.of(), new FramingAnalyzer().analyze(Fixtures.coverage(a, b)));
    }

    @Test
    void zScoreFollowsMonroeColaresiQuinn() {
        // delta = log(4.5 / 595.5) - log(0.5 / 1499.5) = 3.1207..., variance = 1/4.5 + 1/0.5
        double z = FramingAnalyzer.z(4, 100, 0, 1000, 0.5, 500);
        assertEquals(3.1207 / Math.sqrt(1 / 4.5 + 1 / 0.5), z, 1e-3);
    }
}
