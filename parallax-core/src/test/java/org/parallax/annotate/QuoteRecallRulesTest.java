package org.parallax.annotate;

import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attribution rule families beyond speech verbs (progressive cues, headline credits, findings of polls and
 * reports, stance nouns, beliefs of unnamed sources), on invented sentences about a fictional port town.
 */
class QuoteRecallRulesTest {
    private static NlpPipeline nlp;
    private final QuoteExtractor extractor = new QuoteExtractor();

    @BeforeAll
    static void load() {
        nlp = new NlpPipeline();
    }

    private List<Quote> quotes(String text) {
        List<Quote> found = extractor.quotes(text, nlp.annotate(text, null));
        return found;
    }

    private static Quote only(List<Quote> quotes) {
        assertEquals(1, quotes.size(), () -> "expected one quote in " + quotes);
        return quotes.get(0);
    }

    @Test
    void progressiveTenseTakesTheSubjectBeforeTheAuxiliary() {
        String text = "Mayor Tomas Verhoeven is calling for a new harbour wall.";
        Quote q = only(quotes(text));
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("a new harbour wall", q.text());
        assertEquals("Tomas Verhoeven", q.speaker());
        assertEquals("calling for", q.cue());
    }

    @Test
    void headlineCreditsTheSourceBeforeItsColon() {
        String text = "Poll: Verhoeven leads the race for mayor of Port Amsel\n\nThe ferry ran late on Monday.";
        Quote q = only(quotes(text));
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("Verhoeven leads the race for mayor of Port Amsel", q.text());
        assertEquals("Poll", q.speaker());
        assertEquals(":", q.cue());
    }

    @Test
    void aColonInsideRunningTextIsNoHeadline() {
        assertEquals(List.of(), quotes("The ferry ran late on Monday and the reason was simple: the engine broke."));
    }

    @Test
    void aPollFindsANounPhrase() {
        String text = "The latest harbour survey showed a narrow lead for the mayor.";
        Quote q = only(quotes(text));
        assertEquals("a narrow lead for the mayor", q.text());
        assertEquals("showed", q.cue());
        assertEquals("The latest harbour survey", q.speaker());
    }

    @Test
    void aPersonShowingSomethingIsNoFinding() {
        assertEquals(List.of(), quotes("Ines Kowalczyk showed the visitors the old lighthouse."));
    }

    @Test
    void stanceNounWithAPossessor() {
        String text = "Verhoeven's criticism of the ferry contract angered the council.";
        Quote q = only(quotes(text));
        assertEquals("the ferry contract", q.text());
        assertEquals("Verhoeven", q.speaker());
        assertEquals("criticism of", q.cue());
    }

    @Test
    void stanceNounWithAnInfinitive() {
        String text = "Ines Kowalczyk arrived on Monday. Her refusal to close the old pier worried the fishermen.";
        Quote q = only(quotes(text));
        assertEquals("close the old pier", q.text());
        assertEquals("Ines Kowalczyk", q.speaker());
        assertEquals("refusal to", q.cue());
    }

    @Test
    void passiveWithANamedAgent() {
        String text = "The new ferry timetable was sharply criticised by Ines Kowalczyk.";
        Quote q = only(quotes(text));
        assertEquals("The new ferry timetable", q.text());
        assertEquals("Ines Kowalczyk", q.speaker());
        assertEquals("criticised by", q.cue());
    }

    @Test
    void passiveWithoutAgentCreditsNobody() {
        assertEquals(List.of(), quotes("The new ferry timetable was sharply criticised on Monday."));
    }

    @Test
    void verbOfJudgementWithAnObject() {
        String text = "Ines Kowalczyk bemoaned the long delays at the harbour.";
        Quote q = only(quotes(text));
        assertEquals("the long delays at the harbour", q.text());
        assertEquals("Ines Kowalczyk", q.speaker());
        assertEquals("bemoaned", q.cue());
    }

    @Test
    void calledWithAnObjectAfterAName() {
        String text = "Ines Kowalczyk called the ferry contract a disgrace.";
        Quote q = only(quotes(text));
        assertEquals("the ferry contract a disgrace", q.text());
        assertEquals("Ines Kowalczyk", q.speaker());
        assertEquals("called", q.cue());
    }

    @Test
    void reducedRelativeClauseBeforeAFindingVerb() {
        String text = "A study conducted by the Harbour Institute found that the pier is unsafe.";
        Quote q = only(quotes(text));
        assertEquals("the pier is unsafe", q.text());
        assertEquals("A study", q.speaker());
        assertEquals("found", q.cue());
    }

    @Test
    void titleCaseHeadlineVerb() {
        String text = "Ines Kowalczyk Slams Harbour Ferry Contract\n\nThe ferry ran late on Monday.";
        Quote q = only(quotes(text));
        assertEquals("Harbour Ferry Contract", q.text());
        assertEquals("Ines Kowalczyk", q.speaker());
        assertEquals("Slams", q.cue());
    }

    @Test
    void beliefOfTheWriterOrAnExpletiveIsNoQuote() {
        assertEquals(List.of(), quotes("We want a new bridge. It seems the ferry will close in May."));
    }
}
