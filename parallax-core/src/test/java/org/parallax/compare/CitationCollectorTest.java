package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.Annotations;
import org.parallax.model.Attribution;
import org.parallax.model.Citation;
import org.parallax.model.CitedSource;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerType;

class CitationCollectorTest {

    @Test
    void sourceNamesLoseArticlesDescriptorsAndPossessives() {
        assertEquals("tessa", SourceNames.key("the news agency Tessa"));
        assertEquals("tessa", SourceNames.key("(kl/tessa)"));
        assertEquals("tessa", SourceNames.key("Tessa news agency"));
        assertEquals("tessa", SourceNames.key("the Marovian agency tessa"));
        assertEquals("harbour herald", SourceNames.key("the Harbour Herald's"));
        assertEquals("marovian government", SourceNames.key("the Marovian government"));
        assertEquals("fire service", SourceNames.key("the fire service"));
        assertEquals("marovian press agency", SourceNames.key("the Marovian Press Agency"));
        assertEquals("st aldric's hospital", SourceNames.key("St Aldric's Hospital"));
        assertEquals("tessa", SourceNames.key("@tessa_news"));
    }

    @Test
    void citationsComeFromAttributionsAndQuoteVias() {
        String s1 = "The ferry ran aground, according to the news agency Tessa.";
        String s2 = "\"We were lucky,\" the captain said, Harbour Radio reported.";
        Annotations a = notes(List.of(new Attribution("Tessa", "according to", s1),
                        new Attribution("information", "according to", "According to information, it sank.")),
                List.of(quote(s2, "Harbour Radio")));
        Annotations b = notes(List.of(new Attribution("Tessa news agency", "citing", "Citing Tessa, it said so."),
                new Attribution("Harbour Radio", "told", s2)), List.of(quote(s2, "Harbour Radio")));
        Coverage c = Fixtures.coverage(Map.of("a", a, "b", b),
                Fixtures.article("a", "Coast Daily", null, s1 + " " + s2),
                Fixtures.article("b", "Bay News", null, "Citing Tessa, it said so. " + s2));
        CitationCollector collector = new CitationCollector();
        assertEquals(List.of(new Citation("a", "Tessa", "according to", s1),
                new Citation("a", "Harbour Radio", "said", s2),
                new Citation("b", "Tessa news agency", "citing", "Citing Tessa, it said so."),
                new Citation("b", "Harbour Radio", "told", s2)), collector.citations(c));
        assertEquals(List.of(new CitedSource("Harbour Radio", List.of("a", "b")),
                new CitedSource("Tessa", List.of("a", "b"))), collector.sources(c));
    }

    @Test
    void pluralsTransliterationsAndTitlesMergeWhenBothFormsOccur() {
        List<Citation> cited = List.of(new Citation("a", "the British Heralds", "according to", "x"),
                new Citation("b", "Herald", "told", "y"),
                new Citation("b", "Wiktor Lund", "said", "y"),
                new Citation("c", "Viktor Lund", "said", "z"),
                new Citation("c", "Mayor Ines Vark", "said", "z"),
                new Citation("d", "Ines Vark", "said", "w"),
                new Citation("d", "the Marovian government", "said", "w"));
        assertEquals(List.of(new CitedSource("Herald", List.of("a", "b")),
                        new CitedSource("Ines Vark", List.of("c", "d")),
                        new CitedSource("Viktor Lund", List.of("b", "c")),
                        new CitedSource("Marovian government", List.of("d"))),
                new CitationCollector().sources(cited));
    }

    private static Annotations notes(List<Attribution> attributions, List<Quote> quotes) {
        return new Annotations(List.of(), quotes, List.of(), List.of(), attributions);
    }

    private static Quote quote(String sentence, String via) {
        return new Quote("We were lucky", QuoteKind.DIRECT, null, SpeakerType.PERSON, "said", via, sentence, 1, 14);
    }
}
