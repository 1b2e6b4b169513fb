package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Dossier;

/** The per-item codecs a store uses: each item reads back equal, with the field names of events.json. */
class EventsJsonItemsTest {

    @Test
    void articleRoundTripsExactly() throws Exception {
        Article a = new Article("x-1", "Tide gauge \"fails\" in Orlen 🌊", "Coastal Ledger", "R. Ames",
                LocalDate.of(2031, 2, 28), "https://ledger.example/orlen?id=4", "en",
                "First line with é and ü.\n\nSecond paragraph.", List.of("Share this", "Advertisement"));
        String json = EventsJson.articleJson(a);
        assertEquals(a, EventsJson.readArticle(json));
        assertTrue(json.startsWith("{\"id\":\"x-1\",\"title\":\"Tide gauge \\\"fails\\\" in Orlen 🌊\","
                + "\"outlet\":\"Coastal Ledger\",\"author\":\"R. Ames\",\"published\":\"2031-02-28\""), json);
    }

    @Test
    void articleWithNullsRoundTrips() throws Exception {
        Article a = new Article("y", null, "unknown", null, null, null, null, "Only text.", List.of());
        assertEquals(a, EventsJson.readArticle(EventsJson.articleJson(a)));
    }

    @Test
    void annotationsRoundTripExactly() throws Exception {
        Annotations n = Fixtures.bridgeAnnotations();
        String json = EventsJson.annotationsJson(n);
        assertEquals(n, EventsJson.readAnnotations(json));
        assertTrue(json.startsWith("{\"entities\":[{\"text\":\"Velmora\",\"type\":\"LOCATION\""), json);
        assertEquals(Annotations.EMPTY, EventsJson.readAnnotations(EventsJson.annotationsJson(Annotations.EMPTY)));
    }

    @Test
    void dossierRoundTripsExactly() throws Exception {
        Dossier d = DossierFixtures.dossier();
        String json = EventsJson.dossierJson(d);
        assertEquals(d, EventsJson.readDossier(json));
        assertTrue(json.startsWith("{\"consensus\":[{\"statement\":"), json);
        assertEquals(Dossier.EMPTY, EventsJson.readDossier(EventsJson.dossierJson(Dossier.EMPTY)));
    }
}
