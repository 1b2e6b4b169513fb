package org.parallax.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Attribution;
import org.parallax.model.DateMention;
import org.parallax.model.Entity;
import org.parallax.model.Quantity;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerType;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.model.Problem;

/** A small invented analysis: two events about a fictional town, three articles, one with every optional field null. */
final class Fixtures {
    private Fixtures() {
    }

    static Article bridge() {
        return new Article("b2", "Harbour bridge in Velmora reopens after repairs", "Coastal Ledger", "Ines Varga",
                LocalDate.of(2031, 3, 14), "https://ledger.example/velmora-bridge", "en",
                "The harbour bridge in Velmora reopened on Friday.\n\nAbout 1,200 cars crossed it in the first hour.",
                List.of("Share this story", "Photo: Ledger archive"), "url", LocalDate.of(2031, 3, 16));
    }

    static Article bridgeCopy() {
        return new Article("a1", "Velmora bridge open again", "Northern Wire", null,
                LocalDate.of(2031, 3, 15), "https://wire.example/a1", "en",
                "Velmora's harbour bridge is open again, the town council said.", List.of());
    }

    static Article ferry() {
        return new Article("c3", null, "unknown", null, null, null, null,
                "Ferry crews in Velmora plan a one-day strike.", List.of());
    }

    static Analysis analysis() {
        Event bridgeEvent = new Event("e0f1", "Harbour bridge in Velmora reopens after repairs", List.of("a1", "b2"),
                LocalDate.of(2031, 3, 14), LocalDate.of(2031, 3, 15));
        Event ferryEvent = new Event("9ab2", "Ferry crews in Velmora plan a strike", List.of("c3"), null, null);
        return new Analysis(List.of(bridge(), ferry(), bridgeCopy()), List.of(bridgeEvent, ferryEvent),
                List.of(Problem.skipped("broken.txt", 0, "empty file")), Map.of("b2", bridgeAnnotations()));
    }

    /** One annotation of each kind for article b2, with offsets into its text. */
    static Annotations bridgeAnnotations() {
        String first = "The harbour bridge in Velmora reopened on Friday.";
        String second = "About 1,200 cars crossed it in the first hour.";
        return new Annotations(
                List.of(new Entity("Velmora", "LOCATION", "Velmora", 1, List.of())),
                List.of(new Quote("reopened on Friday", QuoteKind.INDIRECT, "Ines Varga", SpeakerType.PERSON, "said",
                        "Coastal Ledger", first, 30, 48)),
                List.of(new Quantity(1200, "About 1,200 cars", "cars", "count", true, second, 51, 67),
                        new Quantity(2.5, "2.5 percent", "percent", "percent", false, second, 0, 0)),
                List.of(new DateMention("Friday", "2031-03-14", first, 42, 48)),
                List.of(new Attribution("Coastal Ledger", "according to", first)));
    }
}
