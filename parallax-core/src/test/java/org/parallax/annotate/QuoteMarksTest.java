package org.parallax.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        for (QuoteMarks.Span s : QuoteMarks.find(text)) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void findsEveryKindOfMark() {
        assertEquals(List.of("Go home", "Stay.", "Bleib hier", "Reste ici", "Now", "Wait"),
                quoted("\"Go home,\" he said. \u201CStay.\u201D \u201EBleib hier\u201C, \u00ABReste ici\u00BB, "
                        + "\u00BBNow\u00AB and ''Wait,'' she said."));
    }

    @Test
    void innerQuotesBelongToTheOuterOne() {
        assertEquals(List.of("He told me \u2018never again\u2019 and left"),
                quoted("\u201CHe told me \u2018never again\u2019 and left,\u201D she said."));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), quoted("The mayor\u2019s plan isn\u2019t new, it dates from the \u201890s."));
    }

    @Test
    void anOpenQuoteContinuesIntoTheNextParagraphThatReopensIt() {
        String text = "She said: \u201CThe first phase starts in March.\n\n\u201CThe second follows,\u201D she added.";
        assertEquals(List.of("The first phase starts in March.\n\n\u201CThe second follows"), quoted(text));
    }

    @Test
    void anUnclosedQuoteStopsAtTheParagraphEnd() {
        String text = "She said: \u201CThe port stays open.\nThe weather was cold.";
        assertEquals(List.of("The port stays open."), quoted(text));
    }
}
