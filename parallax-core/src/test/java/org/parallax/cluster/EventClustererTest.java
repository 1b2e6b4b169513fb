package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Event;

class EventClustererTest {

    // Two ferry fires (same kind of event, different ferries, lakes, captains, counts) and a library opening.
    static final Article A1 = article("a1", "Fire on the ferry Marisol Queen on Lake Varnen",
            "The ferry Marisol Queen caught fire on Lake Varnen on Tuesday, and all 42 passengers were rescued. "
                    + "Captain Edda Holm said the blaze began in the engine room near Ostby harbour. "
                    + "The Varnen coast guard sent three boats, and smoke could be seen from Ostby.",
            LocalDate.of(2031, 5, 6));
    static final Article A2 = article("a2", "Marisol Queen passengers rescued after Lake Varnen blaze",
            "Rescuers brought 42 passengers off the burning Marisol Queen on Lake Varnen. "
                    + "Captain Edda Holm told reporters in Ostby that the engine room fire spread fast. "
                    + "The coast guard praised the crew of the Marisol Queen.",
            LocalDate.of(2031, 5, 7));
    static final Article A3 = article("a3", "Edda Holm: the Marisol Queen crew acted fast",
            "Edda Holm, captain of the Marisol Queen, said her crew moved all 42 passengers to the deck within "
                    + "minutes as the fire spread on Lake Varnen. Investigators from Ostby will examine the engine "
                    + "room of the Marisol Queen next week.",
            LocalDate.of(2031, 5, 8));
    static final Article B1 = article("b1", "Ferry Nordlys Star burns in Port Kaleb",
            "The ferry Nordlys Star caught fire in Port Kaleb harbour, and 17 passengers were rescued. "
                    + "Captain Tomas Brandt said a kitchen fire spread to the upper deck. "
                    + "The coast guard of Port Kaleb sent two boats, and smoke covered the harbour.",
            LocalDate.of(2031, 5, 20));
    static final Article B2 = article("b2", "Tomas Brandt praises Nordlys Star crew after Port Kaleb fire",
            "Tomas Brandt, captain of the Nordlys Star, said the crew saved all 17 passengers when the kitchen "
                    + "fire broke out in Port Kaleb. Inspectors in Port Kaleb will examine the Nordlys Star.",
            LocalDate.of(2031, 5, 21));
    static final Article C1 = article("c1", "Glimmerton opens its new public library",
            "The town of Glimmerton opened a public library with 80,000 books on Saturday. Mayor Ilse Okafor "
                    + "cut the ribbon and children read poems in the reading garden.",
            LocalDate.of(2031, 5, 10));

    static final List<Article> ALL = List.of(A1, A2, A3, B1, B2, C1);

    static Article article(String id, String title, String text, LocalDate published) {
        return new Article(id, title, "outlet-" + id, null, published, null, "en", title + "\n\n" + text,
                List.of());
    }

    static List<List<String>> groups(List<Event> events) {
        List<List<String>> out = new ArrayList<>();
        for (Event e : events) {
            out.add(e.articleIds());
        }
        out.sort((x, y) -> x.get(0).compareTo(y.get(0)));
        return out;
    }

    @Test
    void reportsOfOneEventJoinAndAnEventOfTheSameKindStaysApart() {
        List<Event> events = EventClusterer.cluster(ALL, ClusterSettings.defaults());
        assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1")), groups(events));
    }

    @Test
    void sameEventsWithoutRefinementToo() {
        List<Event> events = EventClusterer.cluster(ALL, ClusterSettings.defaults().withRefine(false));
        assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1")), groups(events));
    }

    @Test
    void everyArticleIsInExactlyOneEvent() {
        List<String> ids = new ArrayList<>();
        for (Event e : EventClusterer.cluster(ALL, ClusterSettings.defaults())) {
            ids.addAll(e.articleIds());
        }
        Collections.sort(ids);
        assertEquals(List.of("a1", "a2", "a3", "b1", "b2", "c1"), ids);
    }

    @Test
    void outputDoesNotDependOnInputOrder() {
        List<Event> expected = EventClusterer.cluster(ALL, ClusterSettings.defaults());
        List<Article> shuffled = new ArrayList<>(ALL);
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, EventClusterer.cluster(shuffled, ClusterSettings.defaults()));
        }
    }

    @Test
    void idsAreDerivedFromMembersAndStable() {
        List<Event> events = EventClusterer.cluster(ALL, ClusterSettings.defaults());
        for (Event e : events) {
            assertEquals(EventIds.of(e.articleIds()), e.id());
            assertTrue(e.id().matches("[0-9a-f]{16}"), e.id());
        }
        // Known value: SHA-256 of "a1\na2\na3\n", first 8 bytes; pins the id scheme so that it cannot drift.
        assertEquals("f57874560d1b226c", EventIds.of(List.of("a1", "a2", "a3")));
        assertNotEquals(EventIds.of(List.of("a1", "a2")), EventIds.of(List.of("a1", "a2", "a3")));
    }

    @Test
    void startAndEndAreTheKnownDateRange() {
        Article undated = new Article("d1", "Glimmerton library adds a music room",
                "Glimmerton library added a music room to its reading garden.", "x", null, null, null,
                "Glimmerton library added a music room to its reading garden.", List.of());
        List<Event> events = EventClusterer.cluster(List.of(A1, A3, A2, undated), ClusterSettings.defaults());
        Event ferry = events.stream().filter(e -> e.articleIds().contains("a1")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2031, 5, 6), ferry.start());
        assertEquals(LocalDate.of(2031, 5, 8), ferry.end());
        Event library = events.stream().filter(e -> e.articleIds().contains("d1")).findFirst().orElseThrow();
        assertEquals(List.of("d1"), library.articleIds());
        assertNull(library.start());
        assertNull(library.end());
    }

    @Test
    void eventsAreNewestFirstThenUndated() {
        Article undated = article("z9", "Unrelated weather note", "Light rain fell over Sorrow Bay.", null);
        List<Event> events = EventClusterer.cluster(List.of(A1, A2, B1, B2, C1, undated),
                ClusterSettings.defaults());
        assertEquals(List.of("b1", "c1", "a1", "z9"),
                events.stream().map(e -> e.articleIds().get(0)).toList());
    }

    @Test
    void oneArticleMakesOneEvent() {
        List<Event> events = EventClusterer.cluster(List.of(C1), ClusterSettings.defaults());
        assertEquals(1, events.size());
        assertEquals(List.of("c1"), events.get(0).articleIds());
        assertEquals(C1.title(), events.get(0).title());
        assertEquals(C1.published(), events.get(0).start());
        assertEquals(C1.published(), events.get(0).end());
        assertTrue(EventClusterer.cluster(List.of(), ClusterSettings.defaults()).isEmpty());
    }

    @Test
    void articlesWithoutTermsStillGetAnEvent() {
        Article empty = new Article("e0", null, "x", null, null, null, null, "", List.of());
        Article punctuation = new Article("e1", "...", "x", null, null, null, null, "-- !! --", List.of());
        List<Event> events = EventClusterer.cluster(List.of(empty, punctuation, C1), ClusterSettings.defaults());
        assertEquals(List.of(List.of("c1"), List.of("e0"), List.of("e1")), groups(events));
        assertNull(events.stream().filter(e -> e.articleIds().contains("e0")).findFirst().orElseThrow().title());
    }

    @Test
    void titleIsAMemberHeadline() {
        List<Event> events = EventClusterer.cluster(ALL, ClusterSettings.defaults());
        for (Event e : events) {
            assertTrue(ALL.stream().anyMatch(a -> e.articleIds().contains(a.id()) && a.title().equals(e.title())),
                    e.title());
        }
    }

    @Test
    void onlineArticlesJoinTheirEventAsTheyArrive() {
        EventClusterer online = new EventClusterer(ClusterSettings.defaults(), new TermStatistics());
        Event first = online.add(A1);
        assertEquals(List.of("a1"), first.articleIds());
        assertEquals(List.of("a1", "a2"), online.add(A2).articleIds());
        assertEquals(List.of("c1"), online.add(C1).articleIds());
        assertEquals(List.of("a1", "a2", "a3"), online.add(A3).articleIds());
        assertEquals(List.of("b1"), online.add(B1).articleIds());
        assertEquals(3, online.events().size());
    }

    @Test
    void onlineRefinementRevisesEarlyDecisions() {
        // A terse first report shares too little with the full ones to join them online at a strict threshold;
        // its nearest neighbours, once they have arrived, bring it in.
        Article terse = article("a0", "Lake Varnen", "Marisol Queen fire. Edda Holm. 42 passengers, Ostby.",
                LocalDate.of(2031, 5, 6));
        EventClusterer online = new EventClusterer(ClusterSettings.defaults().withThreshold(0.9),
                new TermStatistics());
        for (Article a : List.of(terse, A1, A2, A3, B1, B2, C1)) {
            online.add(a);
        }
        assertEquals(7, online.events().size());
        online.refine();
        assertEquals(List.of(List.of("a0", "a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1")),
                groups(online.events()));
    }

    @Test
    void datedArticlesFarApartAreDifferentEvents() {
        Article later = article("a9", A1.title(), A1.text(), A1.published().plusDays(400));
        List<Event> events = EventClusterer.cluster(List.of(A1, later), ClusterSettings.defaults());
        assertEquals(List.of(List.of("a1"), List.of("a9")), groups(events));
    }

    @Test
    void namesAndNumbersAreTerms() {
        TermExtractor extractor = new TermExtractor(ClusterSettings.defaults());
        var counts = extractor.counts(article("t", "Storm", "Yesterday Captain Edda Holm counted 1,200 boats.", null));
        assertTrue(counts.containsKey(TermExtractor.PHRASE + "captain edda holm"), counts.toString());
        assertTrue(counts.containsKey("1200"), counts.toString());
        assertTrue(counts.containsKey("boat"), counts.toString());
        assertEquals(3.0, counts.get("holm"), "a name inside a sentence counts nameWeight times");
        assertEquals(1.0, counts.get("yesterday"), "a capitalised word opening a sentence is not taken as a name");
    }
}
