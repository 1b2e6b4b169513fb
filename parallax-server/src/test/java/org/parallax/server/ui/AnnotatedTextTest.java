package org.parallax.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Annotations;
import org.parallax.model.DateMention;
import org.parallax.model.Entity;
import org.parallax.model.Quantity;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerType;

/** Annotations become flat spans with one class per kind, however they overlap. */
class AnnotatedTextTest {
    private static final String TEXT = "Mayor Ida Brandt said 40 boats left on Monday.\n\n"
            + "\u201cWe sail at 6 <tonight>,\u201d Brandt said.\nNo one else spoke.";

    private static Annotations annotations() {
        int q = TEXT.indexOf("We sail");
        return new Annotations(
                List.of(new Entity("Ida Brandt", "PERSON", "Ida Brandt", 2, List.of("Mayor"))),
                List.of(new Quote("We sail at 6 <tonight>", QuoteKind.DIRECT, "Ida Brandt", SpeakerType.PERSON,
                        "said", null, "", q, q + 22)),
                List.of(new Quantity(40, "40 boats", "boats", "count", false, "", 22, 30)),
                List.of(new DateMention("Monday", "2031-03-10", "", 39, 45),
                        new DateMention("6 <tonight>", null, "", q + 11, q + 22),
                        new DateMention("out of range", null, "", 400, 420)),
                List.of());
    }

    @Test
    void marksEachKindAndSplitsWhereTheyOverlap() {
        StringBuilder b = new StringBuilder();
        AnnotatedText.append(b, TEXT, annotations());
        assertEquals("<p>Mayor <span class=\"a-speaker\">Ida Brandt</span> said <span class=\"a-number\">40 boats"
                + "</span> left on <span class=\"a-date\">Monday</span>.</p>\n"
                + "<p>\u201c<span class=\"a-quote\" title=\"Direct quote: Ida Brandt\">We sail at </span>"
                + "<span class=\"a-quote a-date\" title=\"Direct quote: Ida Brandt\">6 &lt;tonight&gt;</span>,\u201d <span class=\"a-speaker\">Brandt</span> said.<br>\nNo one else spoke.</p>\n",
                b.toString());
    }

    @Test
    void twoQuotesSideBySideStayTwoPiecesEachNamingItsSpeaker() {
        String text = "They said it was over, it was not.";
        Annotations a = new Annotations(List.of(), List.of(
                new Quote("it was over,", QuoteKind.INDIRECT, "Ida Brandt", SpeakerType.PERSON, "said", null, "", 10,
                        22),
                new Quote(" it was not", QuoteKind.PARTIAL, null, SpeakerType.UNKNOWN, null, null, "", 22, 33)),
                List.of(), List.of(), List.of());
        StringBuilder b = new StringBuilder();
        AnnotatedText.append(b, text, a);
        assertEquals("<p>They said <span class=\"a-quote\" title=\"Indirect quote: Ida Brandt\">it was over,</span>"
                + "<span class=\"a-quote\" title=\"Partial quote, speaker not named\"> it was not</span>.</p>\n",
                b.toString());
    }

    @Test
    void withoutAnnotationsTheTextIsOnlyEscaped() {
        StringBuilder b = new StringBuilder();
        AnnotatedText.append(b, "<b>bold</b> & more", Annotations.EMPTY);
        assertEquals("<p>&lt;b&gt;bold&lt;/b&gt; &amp; more</p>\n", b.toString());
    }

    @Test
    void anEmptyTextHasNoParagraph() {
        assertFalse(AnnotatedText.append(new StringBuilder(), " \n\n ", Annotations.EMPTY));
    }

    @Test
    void speakerNamesAreLongestFirstAndSkipSingleLowerCaseWords() {
        Annotations a = new Annotations(List.of(new Entity("Ida Brandt", "PERSON", "Ida Brandt", 1, List.of())),
                List.of(quote("Ida Brandt"), quote("residents"), quote("the port authority"), quote("Li")),
                List.of(), List.of(), List.of());
        assertEquals(List.of("the port authority", "Ida Brandt", "Brandt"), AnnotatedText.speakerNames(a));
    }

    private static Quote quote(String speaker) {
        return new Quote("x", QuoteKind.DIRECT, speaker, SpeakerType.PERSON, "said", null, "", 0, 1);
    }
}
