package org.parallax.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Citation;
import org.parallax.model.CitedSource;
import org.parallax.model.Claim;
import org.parallax.model.Description;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;
import org.parallax.model.Framing;
import org.parallax.model.Person;
import org.parallax.model.QuoteGroup;
import org.parallax.model.QuoteVariant;
import org.parallax.model.Syndication;
import org.parallax.model.TimelineEntry;

/**
 * An invented event with a dossier built by hand: a warehouse fire in the fictional town of Tallbrook, covered by two
 * named outlets and one article without an outlet, with every dossier section filled and offsets into the texts.
 */
final class DossierFixtures {
    static final String LEAD = "A fire destroyed the old grain warehouse in Tallbrook on Thursday night, the fire "
            + "service said.";
    static final String COURIER_COUNT = "Seventeen firefighters fought the blaze for six hours, according to fire "
            + "chief Mara Ode.";
    static final String COURIER_QUOTE = "\"We were lucky the wind turned,\" Ode told reporters.";
    static final String COURIER_ONLY = "Three workers were treated for smoke inhalation.";
    static final String COURIER_MAYOR = "Mayor Ben Arlo called the warehouse \"a piece of our history\".";
    static final String POST_LEAD = "Fire gutted a historic grain warehouse in Tallbrook late on Thursday, the fire "
            + "service said.";
    static final String POST_COUNT = "Eighteen firefighters were at the scene, the regional news agency NRA reported.";
    static final String POST_QUOTE = "Fire chief Mara Ode said the team had been lucky that the wind turned.";
    static final String POST_ONLY = "The blaze is the third warehouse fire this year, critics of the city's "
            + "inspection regime say.";
    static final String WIRE_COUNT = "Eighteen firefighters fought the blaze, the NRA agency reported.";
    static final String WIRE_ONLY = "Residents described a column of black smoke visible from the motorway.";

    private DossierFixtures() {
    }

    static Article courier() {
        return new Article("t1", "Fire destroys Tallbrook grain warehouse", "Tallbrook Courier", "Lena Moss",
                LocalDate.of(2031, 6, 6), "https://courier.example/fire", "en",
                LEAD + "\n\n" + COURIER_COUNT + " " + COURIER_QUOTE + "\n\n" + COURIER_ONLY + " " + COURIER_MAYOR,
                List.of());
    }

    static Article post() {
        return new Article("r2", "Historic warehouse gutted by fire", "Riverside Post", null,
                LocalDate.of(2031, 6, 6), "https://post.example/tallbrook", "en",
                POST_LEAD + "\n\n" + POST_COUNT + " " + POST_QUOTE + "\n\n" + POST_ONLY, List.of());
    }

    static Article wire() {
        return new Article("wire-3", null, "unknown", null, null, null, "en",
                "TALLBROOK (NRA) - " + LEAD + "\n\n" + WIRE_COUNT + " " + WIRE_ONLY, List.of());
    }

    static Event event() {
        return new Event("f00d", "Fire destroys Tallbrook grain warehouse", List.of("r2", "t1", "wire-3"),
                LocalDate.of(2031, 6, 6), LocalDate.of(2031, 6, 6));
    }

    static Analysis analysis() {
        return new Analysis(List.of(courier(), post(), wire()), List.of(event()), List.of(), Map.of(),
                Map.of("f00d", dossier()));
    }

    /** The sentence (or words) {@code s} of {@code a}, with its offsets. */
    static Evidence ev(Article a, String s) {
        int start = a.text().indexOf(s);
        if (start < 0) {
            throw new IllegalArgumentException(s + " not in " + a.id());
        }
        return new Evidence(a.id(), s, start, start + s.length());
    }

    static QuoteVariant variant(Article a, String words, String via) {
        Evidence e = ev(a, words);
        return new QuoteVariant(a.id(), words, via, e.start(), e.end());
    }

    static Dossier dossier() {
        Article t = courier();
        Article r = post();
        Article w = wire();
        Figure firefighters = new Figure("firefighters at the fire", "count", List.of(
                new FigureValue(18L, false, List.of("r2", "wire-3"), List.of(ev(r, POST_COUNT), ev(w, WIRE_COUNT))),
                new FigureValue(17L, false, List.of("t1"), List.of(ev(t, COURIER_COUNT)))));
        Figure when = new Figure("date of the fire", "date", List.of(new FigureValue("2031-06-05", false,
                List.of("r2", "t1", "wire-3"), List.of(ev(t, LEAD), ev(r, POST_LEAD), ev(w, LEAD)))));
        Figure hours = new Figure("hours the fire burned", "count", List.of(new FigureValue(6L, true,
                List.of("t1"), List.of(ev(t, COURIER_COUNT)))));
        return new Dossier(
                List.of(new Claim(LEAD, List.of("r2", "t1", "wire-3"),
                        List.of(ev(r, POST_LEAD), ev(t, LEAD), ev(w, LEAD)))),
                List.of(firefighters, when, hours),
                List.of(firefighters),
                List.of(new Claim(POST_ONLY, List.of("r2"), List.of(ev(r, POST_ONLY))),
                        new Claim(COURIER_ONLY, List.of("t1"), List.of(ev(t, COURIER_ONLY))),
                        new Claim(WIRE_ONLY, List.of("wire-3"), List.of(ev(w, WIRE_ONLY)))),
                List.of(new QuoteGroup("Mara Ode", List.of(
                                variant(r, "the team had been lucky that the wind turned", null),
                                variant(t, "We were lucky the wind turned", null))),
                        new QuoteGroup("Ben Arlo", List.of(variant(t, "a piece of our history", null)))),
                List.of(new Citation("r2", "the fire service", "said", POST_LEAD),
                        new Citation("r2", "NRA", "reported", POST_COUNT),
                        new Citation("t1", "the fire service", "said", LEAD),
                        new Citation("t1", "Mara Ode", "according to", COURIER_COUNT),
                        new Citation("wire-3", "the fire service", "said", LEAD),
                        new Citation("wire-3", "NRA", "reported", WIRE_COUNT)),
                List.of(new CitedSource("Mara Ode", List.of("t1")),
                        new CitedSource("NRA", List.of("r2", "wire-3")),
                        new CitedSource("the fire service", List.of("r2", "t1", "wire-3"))),
                List.of(new Syndication(List.of("t1", "wire-3"), List.of(LEAD), 0.41, "verbatim")),
                List.of(new Person("Mara Ode", "PERSON", List.of("r2", "t1"),
                                List.of(new Description("fire chief", "r2"), new Description("fire chief", "t1"))),
                        new Person("Ben Arlo", "PERSON", List.of("t1"), List.of(new Description("Mayor", "t1")))),
                List.of(new Framing("r2", List.of("inspection regime", "critics")),
                        new Framing("t1", List.of("a piece of our history", "lucky")),
                        new Framing("wire-3", List.of("black smoke"))),
                List.of(new TimelineEntry("2031-06-05", "A fire destroyed the old grain warehouse in Tallbrook",
                        List.of("r2", "t1", "wire-3"),
                        // two paragraphs: the page must highlight both pieces
                        List.of(ev(r, POST_LEAD + "\n\n" + POST_COUNT), ev(t, LEAD), ev(w, LEAD)))));
    }
}
