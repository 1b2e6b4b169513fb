package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsWithOffsetsKeepingAbbreviationsAndParagraphs() {
        String text = "Mr. Lund said the ferry left at 9 a.m. on time. Nobody was hurt.\n\nJ. Varga of the U.S. "
                + "office agreed";
        List<Sentence> s = Sentences.split("a", text);
        assertEquals(List.of("Mr. Lund said the ferry left at 9 a.m. on time.", "Nobody was hurt.",
                "J. Varga of the U.S. office agreed"), s.stream().map(Sentence::text).toList());
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
        }
        assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::index).toList());
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), Sentences.split("a", ""));
        assertEquals(List.of(), Sentences.split("a", " \n\n "));
    }
}
