package org.parallax.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.pipeline.CoreDocument;

class NlpPipelineTest {
    @Test
    void tagsPeopleAndResolvesRelativeDates() {
        CoreDocument doc = new NlpPipeline().annotate(
                "Mayor Lena Brandt of Kestrel Bay spoke on Friday. She said 12 people were hurt.",
                LocalDate.of(2031, 3, 7));
        assertEquals(2, doc.sentences().size());
        List<String> people = doc.entityMentions().stream().filter(m -> m.entityType().equals("PERSON") && "PERSON".equals(m.tokens().get(0).ner()))
                .map(m -> m.text()).toList();
        assertEquals(List.of("Lena Brandt"), people);
        String friday = doc.entityMentions().stream().filter(m -> m.text().equals("Friday")).findFirst()
                .orElseThrow().coreMap().get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        assertEquals("2031-03-07", friday);
    }
}
