package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerType;

/** An invented event for the comparison tests: a fire on the ferry Saltmere in the port of Vellmar, three outlets. */
final class FerryFire {
    static final String POST = "post-ferry-fire";
    static final String WIRE = "wire-ferry-fire";
    static final String LANTERN = "lantern-ferry-fire";

    static final String POST_TEXT = "A fire broke out on the ferry Saltmere in the port of Vellmar on Sunday evening. "
            + "Eleven passengers were taken to hospital with smoke inhalation. "
            + "Harbour master Ingrid Talvik said the blaze started in the engine room. "
            + "The ferry company Nordlys Lines said it would suspend all crossings until Tuesday.\n\n"
            + "Local fishermen helped to evacuate passengers in small boats. "
            + "\u201cWe will not let the Saltmere sail until every cable is checked,\u201d Talvik said.";
    static final String WIRE_TEXT = "The ferry Saltmere caught fire in Vellmar harbour on Sunday evening. "
            + "Harbour master Ingrid Talvik told reporters that the fire had begun in the engine room. "
            + "Eleven people were treated in hospital for smoke inhalation.\n\n"
            + "Captain Oren Blix praised the crew for a calm evacuation of 212 passengers. "
            + "Talvik said the Saltmere would not sail again before all of its cables had been checked.";
    static final String LANTERN_TEXT = "Passengers described scenes of panic aboard the Saltmere. "
            + "The Vellmar fire department sent four engines to the quay. "
            + "A spokeswoman for the city of Vellmar said the cause of the fire was still under investigation.\n\n"
            + "\u201cEvery cable on this ship will be checked before we sail,\u201d Captain Oren Blix said.";

    private FerryFire() {
    }

    static Coverage coverage() {
        List<Article> articles = List.of(article(LANTERN, "Daily Lantern", LANTERN_TEXT),
                article(POST, "Harbour Post", POST_TEXT), article(WIRE, "Coast Wire", WIRE_TEXT));
        Map<String, Annotations> annotations = new TreeMap<>();
        annotations.put(POST, annotations(List.of("Ingrid Talvik", "Vellmar", "Saltmere", "Nordlys Lines"),
                List.of(quote(POST_TEXT, "We will not let the Saltmere sail until every cable is checked",
                        QuoteKind.DIRECT, "Ingrid Talvik"))));
        annotations.put(WIRE, annotations(List.of("Ingrid Talvik", "Vellmar", "Saltmere", "Oren Blix"),
                List.of(quote(WIRE_TEXT, "the Saltmere would not sail again before all of its cables had been checked",
                        QuoteKind.INDIRECT, "Ingrid Talvik"))));
        annotations.put(LANTERN, annotations(List.of("Vellmar", "Saltmere", "Oren Blix"),
                List.of(quote(LANTERN_TEXT, "Every cable on this ship will be checked before we sail",
                                QuoteKind.DIRECT, "Oren Blix"),
                        quote(LANTERN_TEXT, "scenes of panic", QuoteKind.PARTIAL, null))));
        List<String> ids = articles.stream().map(Article::id).sorted().toList();
        return new Coverage(new Event("ev-ferry", "Ferry fire", ids, null, null),
                articles.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList(), annotations);
    }

    static Article article(String id, String outlet, String text) {
        return new Article(id, null, outlet, null, null, null, "en", text, List.of());
    }

    static Annotations annotations(List<String> names, List<Quote> quotes) {
        List<Entity> entities = new ArrayList<>();
        for (String n : names) {
            entities.add(new Entity(n, "MISC", n, 1, List.of()));
        }
        return new Annotations(entities, quotes, List.of(), List.of(), List.of());
    }

    static Quote quote(String text, String words, QuoteKind kind, String speaker) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return new Quote(words, kind, speaker, speaker == null ? SpeakerType.UNKNOWN : SpeakerType.PERSON, "said",
                null, "", start, start + words.length());
    }
}
