package org.parallax.annotate;

import org.parallax.model.Entity;
import org.parallax.model.Quantity;
import org.parallax.model.DateMention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FactAnnotatorTest {
    private static final NlpPipeline PIPELINE = new NlpPipeline();
    private static final FactAnnotator ANNOTATOR = new FactAnnotator();

    @Test
    void annotatesAllThreeLayersWithOffsetsIntoTheText() {
        String text = "Harbour master Ines Kalder said on Friday that 14 ferries were cancelled.";
        FactAnnotator.Facts facts = ANNOTATOR.annotate(PIPELINE, text, LocalDate.of(2031, 3, 8));
        assertNull(facts.failure());
        // CoreNLP tags "Harbour" as a person too; the description still reads across it
        assertEquals(new Entity("Ines Kalder", "PERSON", "Ines Kalder", 1, List.of("Harbour master")),
                facts.entities().get(facts.entities().size() - 1));
        Quantity q = facts.quantities().get(0);
        assertEquals("14 ferries", text.substring(q.start(), q.end()));
        assertEquals(List.of(new DateMention("Friday", "2031-03-07", text, 35, 41)), facts.dates());
        assertEquals("Friday", text.substring(35, 41));
    }

    @Test
    void strangeAndHugeInputDoesNotCrashOrStall() {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            run.append(i % 7 == 0 ? "\u0000\uFFFF " : "word ").append(i % 11 == 0 ? "42 " : "");
        }
        FactAnnotator.Facts facts = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> ANNOTATOR.annotate(PIPELINE, run.toString(), null));
        assertNull(facts.failure());
        assertEquals(List.of(), facts.entities());
        FactAnnotator.Facts empty = ANNOTATOR.annotate(PIPELINE, "", null);
        assertEquals(List.of(), empty.quantities());
    }
}
