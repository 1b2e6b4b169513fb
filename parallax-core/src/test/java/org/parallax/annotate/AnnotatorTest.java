package org.parallax.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.DateMention;
import org.parallax.model.Entity;
import org.parallax.model.Problem;
import org.parallax.model.Quantity;

class AnnotatorTest {
    private static final Annotator ANNOTATOR = new Annotator();

    private static Article article(String text, LocalDate published) {
        return new Article("a", null, "unknown", null, published, null, "en", text, List.of());
    }

    @Test
    void annotatesAllLayersWithOffsetsIntoTheText() {
        String text = "Harbour master Ines Kalder said on Friday that 14 ferries were cancelled.";
        List<Problem> problems = new ArrayList<>();
        Annotations facts = ANNOTATOR.annotate(article(text, LocalDate.of(2031, 3, 8)), problems::add);
        assertEquals(List.of(), problems);
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
        List<Problem> problems = new ArrayList<>();
        Annotations facts = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> ANNOTATOR.annotate(article(run.toString(), null), problems::add));
        assertEquals(List.of(), problems);
        assertEquals(List.of(), facts.entities());
        Annotations empty = ANNOTATOR.annotate(article("", null), problems::add);
        assertEquals(List.of(), empty.quantities());
    }
}
