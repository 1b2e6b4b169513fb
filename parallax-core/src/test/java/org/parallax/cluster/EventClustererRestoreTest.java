package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.cluster.EventClustererTest.A1;
import static org.parallax.cluster.EventClustererTest.A2;
import static org.parallax.cluster.EventClustererTest.A3;
import static org.parallax.cluster.EventClustererTest.B1;
import static org.parallax.cluster.EventClustererTest.B2;
import static org.parallax.cluster.EventClustererTest.C1;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Event;

/** A clusterer restored from stored events keeps them as they were and lets new articles join them. */
class EventClustererRestoreTest {

    private static List<Article> arrival(Article... articles) {
        List<Article> out = new ArrayList<>(List.of(articles));
        out.sort(EventClusterer.ARRIVAL_ORDER);
        return out;
    }

    @Test
    void storedEventsKeepTheirIdsAndMembersAndNewArticlesJoinThem() {
        Map<String, String> stored = Map.of("a1", "ferry-a", "a2", "ferry-a", "b1", "ferry-b", "c1", "library");
        EventClusterer c = EventClusterer.restore(ClusterSettings.defaults(), arrival(A1, A2, B1, C1), stored::get);
        assertEquals(List.of(List.of("b1"), List.of("c1"), List.of("a1", "a2")),
                c.events().stream().map(Event::articleIds).toList());
        assertEquals(List.of("ferry-b", "library", "ferry-a"), c.events().stream().map(Event::id).toList());

        assertEquals("ferry-a", c.add(A3).id());
        assertEquals("ferry-b", c.add(B2).id());
        Event a = c.eventOf("a3");
        assertEquals(List.of("a1", "a2", "a3"), a.articleIds());
        assertEquals(LocalDate.of(2031, 5, 6), a.start());
        assertEquals(LocalDate.of(2031, 5, 8), a.end());
        assertNull(c.eventOf("unknown"));
    }

    @Test
    void restoringDoesNotDecideMembershipsAgain() {
        // a grouping the clusterer would never make is kept as stored
        Map<String, String> stored = Map.of("a1", "odd", "c1", "odd", "b1", "other");
        EventClusterer c = EventClusterer.restore(ClusterSettings.defaults(), arrival(A1, B1, C1), stored::get);
        assertEquals(List.of(List.of("b1"), List.of("a1", "c1")),
                c.events().stream().map(Event::articleIds).toList());
    }

    @Test
    void aNewEventKeepsItsFirstIdOnceFixed() {
        Map<String, String> stored = Map.of("c1", "library");
        EventClusterer c = EventClusterer.restore(ClusterSettings.defaults(), arrival(C1), stored::get);
        c.add(B1);
        assertEquals(EventIds.of(List.of("b1")), c.eventOf("b1").id());
        c.fixIds();
        c.add(B2);
        Event b = c.eventOf("b2");
        assertEquals(List.of("b1", "b2"), b.articleIds());
        assertEquals(EventIds.of(List.of("b1")), b.id());
    }
}
