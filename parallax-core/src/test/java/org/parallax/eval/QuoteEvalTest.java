package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteEvalTest {
    @Test
    void speakersMatchByContainmentOrSurname() {
        assertTrue(QuoteEval.sameSpeaker("Lena Okafor", "Okafor"));
        assertTrue(QuoteEval.sameSpeaker("Lena Okafor", "Harbour director Lena Okafor"));
        assertTrue(QuoteEval.sameSpeaker("Lena Okafor", "Okafor, the harbour director"));
        assertTrue(QuoteEval.sameSpeaker("the president", "the president"));
        assertFalse(QuoteEval.sameSpeaker("Piet Langer", "Okafor"));
        assertFalse(QuoteEval.sameSpeaker(null, "Okafor"));
    }

    @Test
    void normalisingDropsTitlesAndPossessives() {
        assertEquals(List.of("lena", "okafor"), QuoteEval.normalise("Mrs. Lena Okafor's"));
    }

    @Test
    void aPronounIsResolvedWhenTheNameCameBefore() {
        String text = "Lena Okafor arrived. She spoke.";
        assertTrue(QuoteEval.resolved("Lena Okafor", text, text.indexOf("She")));
        assertFalse(QuoteEval.resolved("Piet Langer", text, text.indexOf("She")));
        assertFalse(QuoteEval.resolved("she", text, text.indexOf("She")));
    }
}
