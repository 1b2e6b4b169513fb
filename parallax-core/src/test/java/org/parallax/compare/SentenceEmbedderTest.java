package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
    private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        List<float[]> v = EMBEDDER.embed(List.of(
                "We share your grief, the mayor told the families.",
                "I want you to know that we share this grief with you, the mayor said to the families.",
                "The ferry timetable changes on Monday."));
        assertEquals(3, v.size());
        assertEquals(1.0, SentenceEmbedder.cosine(v.get(0), v.get(0)), 1e-4);
        double paraphrase = SentenceEmbedder.cosine(v.get(0), v.get(1));
        double unrelated = SentenceEmbedder.cosine(v.get(0), v.get(2));
        assertTrue(paraphrase > 0.6 && unrelated < 0.3, paraphrase + " vs " + unrelated);
    }
}
