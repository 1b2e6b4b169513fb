package org.parallax.annotate;

import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerType;
import org.parallax.model.Attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rule families of the quote extractor, on invented sentences about a fictional port town. */
class QuoteExtractorTest {
    private static NlpPipeline nlp;
    private final QuoteExtractor extractor = new QuoteExtractor();

    @BeforeAll
    static void load() {
        nlp = new NlpPipeline();
    }

    private List<Quote> quotes(String text) {
        return extractor.quotes(text, nlp.annotate(text, null));
    }

    private List<Attribution> attributions(String text) {
        return extractor.attributions(text, nlp.annotate(text, null));
    }

    private static Quote only(List<Quote> quotes, QuoteKind kind) {
        List<Quote> found = quotes.stream().filter(q -> q.kind() == kind).toList();
        assertEquals(1, found.size(), () -> "expected one " + kind + " quote in " + quotes);
        return found.get(0);
    }

    @Test
    void speechVerbAfterTheQuote() {
        String text = "\u201CWe will rebuild the bridge by spring,\u201D Mayor Tomas Verhoeven said on Monday.";
        Quote q = only(quotes(text), QuoteKind.DIRECT);
        assertEquals("We will rebuild the bridge by spring", q.text());
        assertEquals("Tomas Verhoeven", q.speaker());
        assertEquals(SpeakerType.PERSON, q.speakerType());
        assertEquals("said", q.cue());
        assertEquals(text.indexOf("We"), q.start());
        assertEquals(text.indexOf(",\u201D"), q.end());
        assertEquals(text, q.sentence());
    }

    @Test
    void speechVerbBeforeTheQuote() {
        Quote q = only(quotes("Tomas Verhoeven told the council: \u201CThe bridge will open in May.\u201D"),
                QuoteKind.DIRECT);
        assertEquals("The bridge will open in May.", q.text());
        assertEquals("Tomas Verhoeven", q.speaker());
        assertEquals("told", q.cue());
        assertNull(q.via());
    }

    @Test
    void invertedSubjectAndGroupSpeaker() {
        Quote q = only(quotes("\u201CThe ferry is safe,\u201D said the harbour inspectors."), QuoteKind.DIRECT);
        assertEquals("the harbour inspectors", q.speaker());
        assertEquals(SpeakerType.GROUP, q.speakerType());
    }

    @Test
    void indirectSpeechWithThat() {
        Quote q = only(quotes("Harbour director Lena Okafor said that the port would hire 200 dockers."),
                QuoteKind.INDIRECT);
        assertEquals("the port would hire 200 dockers", q.text());
        assertEquals("Lena Okafor", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void indirectSpeechBeforeTheCue() {
        Quote q = only(quotes("The strike will end on Friday, the union said."), QuoteKind.INDIRECT);
        assertEquals("The strike will end on Friday", q.text());
        assertEquals("the union", q.speaker());
    }

    @Test
    void accordingTo() {
        Quote q = only(quotes("According to the fisheries ministry, catches fell by a third last year."),
                QuoteKind.INDIRECT);
        assertEquals("catches fell by a third last year", q.text());
        assertEquals("the fisheries ministry", q.speaker());
        assertEquals("According to", q.cue());
    }

    @Test
    void toldANewspaperIsTheChannel() {
        Quote q = only(quotes("Lena Okafor told the Daily Meridian that the port would close in winter."),
                QuoteKind.INDIRECT);
        assertEquals("Lena Okafor", q.speaker());
        assertEquals("Daily Meridian", q.via());
        Quote r = only(quotes("Lena Okafor told reporters that the port would close in winter."), QuoteKind.INDIRECT);
        assertNull(r.via());
    }

    @Test
    void accordingToAnAgencyIsTheChannel() {
        Quote q = only(quotes("\u201CWe share the grief of the families,\u201D Lena Okafor said, according to the "
                + "news agency Baltpress."), QuoteKind.DIRECT);
        assertEquals("Lena Okafor", q.speaker());
        assertEquals("Baltpress", q.via());
    }

    @Test
    void pronounAndSurnameSpeakers() {
        List<Quote> qs = quotes("Lena Okafor opened the new terminal on Friday. She said the port would hire "
                + "200 dockers.\n\n\u201CWe are ready,\u201D Okafor said.");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Lena Okafor", qs.get(0).speaker());
        assertEquals("Lena Okafor", qs.get(1).speaker());
    }

    @Test
    void aQuoteOverTwoParagraphs() {
        String text = "Okafor described the plan. \u201CThe first phase starts in March.\n\n"
                + "\u201CThe second phase follows a year later,\u201D she said.";
        Quote q = only(quotes(text), QuoteKind.DIRECT);
        assertEquals("The first phase starts in March.\nThe second phase follows a year later", q.text());
        assertEquals(text.indexOf("The first"), q.start());
        assertEquals(text.indexOf(",\u201D she"), q.end());
        assertEquals("said", q.cue());
        assertEquals("Okafor", q.speaker());
    }

    @Test
    void anUnclosedQuoteStopsAtItsParagraph() {
        List<Quote> qs = quotes("Lena Okafor said: \u201CThe port will stay open.\n\nThe weather was cold on Friday.");
        Quote q = only(qs, QuoteKind.DIRECT);
        assertEquals("The port will stay open.", q.text());
        assertEquals("Lena Okafor", q.speaker());
    }

    @Test
    void anUncuedQuoteContinuesThePreviousSpeaker() {
        List<Quote> qs = quotes("\u201CWe are ready,\u201D Lena Okafor said. \u201CThe cranes arrived yesterday.\u201D");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Lena Okafor", qs.get(1).speaker());
        assertNull(qs.get(1).cue());
    }

    @Test
    void noContinuationWhenSomeoneElseIsNamed() {
        List<Quote> qs = quotes("\u201CWe are ready,\u201D Lena Okafor said. Minister Piet Langer arrived late.\n\n"
                + "\u201CThe cranes are old.\u201D");
        assertEquals(2, qs.size(), qs::toString);
        assertNull(qs.get(1).speaker());
    }

    @Test
    void aDashCreditLineNamesTheSpeaker() {
        List<Quote> qs = quotes("Readers sent us their views.\n\n\u201CThe ferry must keep running.\u201D "
                + "\u2015 Lena Okafor\n\n\u201CI never take the bridge.\u201D \u2015 Piet Langer");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Lena Okafor", qs.get(0).speaker());
        assertEquals("Piet Langer", qs.get(1).speaker());
    }

    @Test
    void aNameAfterAnAdjunctIsTheSubject() {
        Quote q = only(quotes("In a radio interview Lena Okafor declared: \u201CThe port will never close.\u201D"),
                QuoteKind.DIRECT);
        assertEquals("Lena Okafor", q.speaker());
        assertEquals("declared", q.cue());
    }

    @Test
    void aColonIntroducingAQuoteCreditsTheSubject() {
        Quote q = only(quotes("Lena Okafor has taken the cautious line: \u201CWe will wait for the survey.\u201D"),
                QuoteKind.DIRECT);
        assertEquals("Lena Okafor", q.speaker());
        assertEquals(":", q.cue());
    }

    @Test
    void aReportByAnOutletCreditsTheOutlet() {
        Quote q = only(quotes("According to a report by the Harbour Gazette, the strike cost two million euros."),
                QuoteKind.INDIRECT);
        assertEquals("Harbour Gazette", q.speaker());
        assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
    }

    @Test
    void scareQuotesArePartialAndCreditedToTheSentence() {
        List<Quote> qs = quotes("Council organizer Mira Dalca suggested that only \u201Chand-picked delegates\u201D "
                + "would be heard.");
        Quote q = only(qs, QuoteKind.PARTIAL);
        assertEquals("hand-picked delegates", q.text());
        assertEquals("Mira Dalca", q.speaker());
        Quote plain = only(quotes("The port is full of \u201Cghost ships\u201D this winter."), QuoteKind.PARTIAL);
        assertNull(plain.speaker());
    }

    @Test
    void namesInQuoteMarksAreNotSpeech() {
        assertTrue(quotes("She chairs the \u201CHarbour Workers\u2019 Front,\u201D a union.").isEmpty());
        List<Quote> qs = quotes("Lena Okafor is also the leader of the \u201CCoastal Unity Front,\u201D a group "
                + "close to the port authority.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("Coastal Unity Front")), qs::toString);
    }

    @Test
    void aQuoteInsideAQuoteBelongsToTheOuterOne() {
        List<Quote> qs = quotes("\u201CHe told me \u2018never again\u2019 and left,\u201D Lena Okafor said.");
        Quote q = only(qs, QuoteKind.DIRECT);
        assertEquals("He told me \u2018never again\u2019 and left", q.text());
        assertEquals("Lena Okafor", q.speaker());
        assertEquals(1, qs.size(), qs::toString);
    }

    @Test
    void analyseGivesQuotesAndAttributionsTogether() {
        String text = "\u201CWe are ready,\u201D Lena Okafor said, according to the news agency Baltpress.";
        SpeechAnalysis a = extractor.analyse(text, nlp.annotate(text, null));
        assertEquals(quotes(text), a.quotes());
        assertEquals(attributions(text), a.attributions());
        assertEquals(List.of("Lena Okafor", "Baltpress"), a.attributions().stream().map(Attribution::source).toList());
    }

    @Test
    void oddInputGivesNoQuotesAndNoCrash() {
        assertEquals(List.of(), quotes(""));
        assertEquals(List.of(), quotes("\u201C\u201C\u201C \" \u00AB \u00BB ''"));
        assertEquals(List.of(), attributions("according to"));
    }

    @Test
    void attributionsNameTheSourceWithoutDescriptors() {
        List<Attribution> a = attributions("According to the news agency Baltpress, the strike ended. "
                + "Citing a report from Harbourwatch, the council delayed the vote. "
                + "The Telegram channel Port Insider claimed the vote was rigged. "
                + "Lena Okafor told the Daily Meridian that the port would close.\n\nThe port reopened. (kt/dpa)");
        List<String> sources = a.stream().map(Attribution::source).toList();
        assertTrue(sources.contains("Baltpress"), sources::toString);
        assertTrue(sources.contains("Harbourwatch"), sources::toString);
        assertTrue(sources.contains("Port Insider"), sources::toString);
        assertTrue(sources.contains("Daily Meridian"), sources::toString);
        assertTrue(sources.contains("Lena Okafor"), sources::toString);
        assertTrue(sources.contains("dpa"), sources::toString);
        Attribution agency = a.stream().filter(x -> x.source().equals("Baltpress")).findFirst().orElseThrow();
        assertEquals("According to", agency.cue());
        assertEquals("According to the news agency Baltpress, the strike ended.", agency.sentence());
    }
}
