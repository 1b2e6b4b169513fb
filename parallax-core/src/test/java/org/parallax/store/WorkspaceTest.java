package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.store.StoreFixtures.CHESS1;
import static org.parallax.store.StoreFixtures.DAM1;
import static org.parallax.store.StoreFixtures.DAM2;
import static org.parallax.store.StoreFixtures.DAM4;
import static org.parallax.store.StoreFixtures.FIRST_BATCH;
import static org.parallax.store.StoreFixtures.MUSEUM;
import static org.parallax.store.StoreFixtures.copy;
import static org.parallax.store.StoreFixtures.fast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Progress;
import org.parallax.model.Analysis;
import org.parallax.model.Event;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

class WorkspaceTest {
    @TempDir
    Path dir;

    private static List<String> ids(Page<EventSummary> page) {
        return page.items().stream().map(EventSummary::id).toList();
    }

    @Test
    void newArticleJoinsTheStoredEventAfterReopenAndIdsStayStable() throws Exception {
        String damEvent;
        List<Event> before;
        try (Workspace ws = Workspace.open(dir, fast())) {
            AddResult r = ws.add(FIRST_BATCH, Progress.NONE);
            assertTrue(r.outcomes().stream().allMatch(o -> o.status() == AddResult.Status.ADDED), r.toString());
            damEvent = r.outcomes().get(0).eventId();
            assertEquals(damEvent, r.outcomes().get(1).eventId());
            assertEquals(damEvent, r.outcomes().get(2).eventId());
            assertEquals(3, r.touchedEventIds().size());
            assertEquals(1, ws.generation());
            before = ws.export().events();
        }
        try (Workspace ws = Workspace.open(dir, fast())) {
            assertEquals(1, ws.generation());
            AddResult r = ws.add(List.of(DAM4), Progress.NONE);
            assertEquals(List.of(new AddResult.Outcome("dam4", damEvent, AddResult.Status.ADDED, null)),
                    r.outcomes());
            assertEquals(List.of(damEvent), r.touchedEventIds());
            assertEquals(2, ws.generation());
            Event dam = ws.event(damEvent).orElseThrow().events().get(0);
            assertEquals(List.of("dam1", "dam2", "dam3", "dam4"), dam.articleIds());
            assertEquals(LocalDate.of(2031, 9, 1), dam.start());
            assertEquals(LocalDate.of(2031, 9, 4), dam.end());
            // the other events are untouched, ids and all
            List<Event> after = ws.export().events();
            assertEquals(before.subList(1, 3), after.subList(1, 3));
            assertEquals(new Stats(7, 3, 2), ws.stats());
            // a second add on the same (now restored, in memory) clusterer opens a new event and keeps it
            RawArticle other = StoreFixtures.raw("ferry1", "Ferry Orla Belle runs aground near Skarvik",
                    "The ferry Orla Belle ran aground near Skarvik on Friday; all 60 passengers were taken ashore "
                            + "by the Skarvik lifeboat crew, captain Ruth Nakamura said.",
                    LocalDate.of(2031, 9, 5), null, "Harbour Times");
            AddResult second = ws.add(List.of(other), Progress.NONE);
            String ferryEvent = second.outcomes().get(0).eventId();
            assertEquals(org.parallax.cluster.EventIds.of(List.of("ferry1")), ferryEvent);
            assertEquals(List.of(ferryEvent), second.touchedEventIds());
        }
    }

    @Test
    void emptyWorkspaceGivesTheEventsOfABatchRun(@TempDir Path input) throws Exception {
        // the same articles through Parallax.analyze (from a JSON Lines file) and through a workspace
        StringBuilder jsonl = new StringBuilder();
        for (RawArticle a : FIRST_BATCH) {
            jsonl.append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of(
                    "id", a.id(), "title", a.title(), "text", a.text(), "published", a.published().toString(),
                    "url", a.url(), "source", a.outlet()))).append('\n');
        }
        Path file = input.resolve("batch.jsonl");
        Files.writeString(file, jsonl);
        org.parallax.Settings settings = fast().pipeline();
        Analysis batch = org.parallax.Parallax.analyze(List.of(file), settings);
        List<RawArticle> raw = new java.util.ArrayList<>();
        new org.parallax.ingest.Ingestor(settings.ingest()).read(List.of(file), raw::add, p -> { });
        try (Workspace ws = Workspace.open(dir, fast())) {
            ws.add(raw, Progress.NONE);
            Analysis stored = ws.export();
            assertEquals(batch.events(), stored.events());
            assertEquals(batch.articles(), stored.articles());
            assertEquals(batch.events().stream().map(Event::id).toList(), ids(ws.events(EventQuery.all())));
        }
    }

    @Test
    void duplicatesByUrlAndByTextAreNotStoredTwice() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            ws.add(List.of(DAM1), Progress.NONE);
            String damEvent = ws.article("dam1").orElseThrow().eventId();
            // same page through another link: http, no www., a tracking parameter, a trailing slash
            RawArticle sameUrl = new RawArticle("lantern-copy", "feed.jsonl:3", SourceFormat.JSON, "Other title",
                    null, DAM1.published(), "http://daily-lantern.example/news/korvath-dam/?utm_source=feed", null,
                    "en", "A different text about the same page, fetched again later.");
            // same words, other case and spacing
            RawArticle sameText = copy(DAM1, "relay", "https://relay.example/x");
            sameText = new RawArticle(sameText.id(), sameText.origin(), sameText.format(), sameText.title(), null,
                    sameText.published(), sameText.url(), "Relay", "en", DAM1.text().toUpperCase().replace(" ", "  "));
            RawArticle fresh = DAM2;
            RawArticle inBatch = copy(DAM2, "dam2-again", "https://elsewhere.example/dam2");
            AddResult r = ws.add(List.of(sameUrl, sameText, fresh, inBatch), Progress.NONE);
            assertEquals(List.of(
                    new AddResult.Outcome("dam1", damEvent, AddResult.Status.DUPLICATE, "same URL as article dam1"),
                    new AddResult.Outcome("dam1", damEvent, AddResult.Status.DUPLICATE, "same text as article dam1"),
                    new AddResult.Outcome("dam2", damEvent, AddResult.Status.ADDED, null),
                    new AddResult.Outcome("dam2", damEvent, AddResult.Status.DUPLICATE, "same text as article dam2")),
                    r.outcomes());
            assertEquals(2, ws.stats().articles());
        }
    }

    @Test
    void anIdTakenByOtherContentGetsAFreshId() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            ws.add(List.of(DAM1), Progress.NONE);
            RawArticle clash = StoreFixtures.raw("dam1", MUSEUM.title(), MUSEUM.text(), MUSEUM.published(),
                    MUSEUM.url(), MUSEUM.outlet());
            AddResult r = ws.add(List.of(clash), Progress.NONE);
            assertEquals("dam1~2", r.outcomes().get(0).articleId());
            assertEquals(AddResult.Status.ADDED, r.outcomes().get(0).status());
            assertEquals(List.of(Problem.warning("fixtures/dam1.json", 0,
                    "article id 'dam1' is already taken by another article: stored as 'dam1~2'")), r.problems());
            assertEquals(MUSEUM.text(), ws.article("dam1~2").orElseThrow().article().text());
            assertEquals(DAM1.text(), ws.article("dam1").orElseThrow().article().text());
        }
    }

    @Test
    void tooLongTextsAreRefusedWithAProblem() throws Exception {
        WorkspaceSettings small = new WorkspaceSettings(fast().pipeline(), 200);
        try (Workspace ws = Workspace.open(dir, small)) {
            AddResult r = ws.add(List.of(DAM1, StoreFixtures.raw("short", "Short", "A short note on Tessel.",
                    null, null, "Notes")), Progress.NONE);
            assertEquals(AddResult.Status.REJECTED, r.outcomes().get(0).status());
            assertNull(r.outcomes().get(0).articleId());
            assertEquals(AddResult.Status.ADDED, r.outcomes().get(1).status());
            String reason = "text of " + DAM1.text().length()
                    + " characters is longer than the workspace accepts (200): split it, or raise the limit";
            assertEquals(List.of(Problem.skipped("fixtures/dam1.json", 0, reason)), r.problems());
            assertEquals(reason, r.outcomes().get(0).reason());
        }
    }

    @Test
    void aFailedWriteLeavesTheWorkspaceAsBefore() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            ws.add(FIRST_BATCH, Progress.NONE);
            Analysis before = ws.export();
            Stats stats = ws.stats();
            for (String point : List.of("articles-written", "before-commit")) {
                ws.failPoint = p -> {
                    if (p.equals(point)) {
                        throw new java.sql.SQLException("injected failure at " + p);
                    }
                };
                WorkspaceException e = assertThrows(WorkspaceException.class,
                        () -> ws.add(List.of(DAM4), Progress.NONE));
                assertTrue(e.getMessage().contains("nothing was stored"), e.getMessage());
                assertEquals(before, ws.export());
                assertEquals(stats, ws.stats());
                assertEquals(1, ws.generation());
                assertTrue(ws.article("dam4").isEmpty());
                assertTrue(ws.search("returned", 10).isEmpty());
            }
            ws.failPoint = p -> { };
            AddResult r = ws.add(List.of(DAM4), Progress.NONE);
            assertEquals(before.events().get(0).id(), r.outcomes().get(0).eventId());
            assertEquals(2, ws.generation());
        }
    }

    @Test
    void theIndexIsRebuiltWhenItMissedAWriteOrIsGone() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            ws.add(FIRST_BATCH, Progress.NONE);
            // a crash between the SQLite commit and the index update
            ws.failPoint = p -> {
                if (p.equals("before-index")) {
                    throw new IllegalStateException("simulated crash");
                }
            };
            assertThrows(IllegalStateException.class, () -> ws.add(List.of(DAM4), Progress.NONE));
            assertTrue(ws.search("residents returned home", 10).isEmpty());
        }
        try (Workspace ws = Workspace.open(dir, fast())) {
            assertEquals(2, ws.generation());
            assertEquals("dam4", ws.search("residents returned home", 10).get(0).articleId());
        }
        deleteRecursively(dir.resolve("index"));
        try (Workspace ws = Workspace.open(dir, fast())) {
            assertEquals("dam4", ws.search("residents returned home", 10).get(0).articleId());
        }
        // a damaged index: every file of it overwritten with garbage
        try (var files = Files.list(dir.resolve("index"))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.writeString(f, "not a segment");
                }
            }
        }
        try (Workspace ws = Workspace.open(dir, fast())) {
            assertEquals("dam4", ws.search("residents returned home", 10).get(0).articleId());
        }
    }

    private static void deleteRecursively(Path p) throws Exception {
        try (var all = Files.walk(p)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void searchGivesPlainTextSnippetsAndNeverThrows() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            ws.add(FIRST_BATCH, Progress.NONE);
            List<SearchHit> hits = ws.search("silver clock", 10);
            assertEquals(1, hits.size());
            SearchHit hit = hits.get(0);
            assertEquals("article", hit.kind());
            assertEquals("museum1", hit.articleId());
            assertEquals("Valley Post", hit.outlet());
            assertEquals("Silver clock stolen from the Hallin museum", hit.title());
            assertEquals(ws.article("museum1").orElseThrow().eventId(), hit.eventId());
            assertEquals(List.of(new SearchHit.Fragment("A ", false), new SearchHit.Fragment("silver", true),
                    new SearchHit.Fragment(" ", false), new SearchHit.Fragment("clock", true),
                    new SearchHit.Fragment(" from 1740 was stolen from the Hallin town museum overnight, curator "
                            + "Jonas Wilde said.", false)), hit.snippet());
            // a title-only match shows the title as the snippet
            List<SearchHit> title = ws.search("fails", 10);
            assertEquals("dam1", title.get(0).articleId());
            assertEquals(List.of(new SearchHit.Fragment("Korvath dam spillway ", false),
                    new SearchHit.Fragment("fails", true), new SearchHit.Fragment(", villages flooded", false)),
                    title.get(0).snippet());
            for (String nasty : List.of("\"unbalanced", "AND OR", "*", "", "   ", "title:(", "Varga~~", "?",
                    "\"Anouk Varga", "[1 TO", "\\", "NOT", "a:b:c", "((((")) {
                ws.search(nasty, 10); // must not throw
            }
            assertEquals("chess1", ws.search("\"Anouk Varga", 10).get(0).articleId());
            assertTrue(ws.search("", 10).isEmpty());
            assertTrue(ws.search("*", 10).isEmpty());
        }
    }

    @Test
    void eventsAreFilteredByTextDatesAndOutletAndPaged() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            AddResult r = ws.add(FIRST_BATCH, Progress.NONE);
            String dam = r.outcomes().get(0).eventId();
            String chess = r.outcomes().get(3).eventId();
            String museum = r.outcomes().get(5).eventId();
            Page<EventSummary> all = ws.events(EventQuery.all());
            assertEquals(List.of(dam, chess, museum), ids(all));
            assertEquals(3, all.total());
            assertEquals(new EventSummary(chess, all.items().get(1).title(), LocalDate.of(2031, 8, 17),
                    LocalDate.of(2031, 8, 18), 2, List.of("Board Weekly", "Daily Lantern")), all.items().get(1));
            assertEquals(List.of(chess), ids(ws.events(new EventQuery("chess final", null, null, null, 1, 20))));
            assertEquals(List.of(), ids(ws.events(new EventQuery("zeppelin", null, null, null, 1, 20))));
            assertEquals(List.of(dam, chess),
                    ids(ws.events(new EventQuery(null, null, null, "Daily Lantern", 1, 20))));
            assertEquals(List.of(dam, chess),
                    ids(ws.events(new EventQuery(null, LocalDate.of(2031, 8, 18), null, null, 1, 20))));
            assertEquals(List.of(museum),
                    ids(ws.events(new EventQuery(null, null, LocalDate.of(2031, 8, 1), null, 1, 20))));
            assertEquals(List.of(dam), ids(ws.events(new EventQuery("Tessel", LocalDate.of(2031, 9, 1),
                    LocalDate.of(2031, 9, 30), "Valley Post", 1, 20))));
            Page<EventSummary> second = ws.events(new EventQuery(null, null, null, null, 2, 1));
            assertEquals(List.of(chess), ids(second));
            assertEquals(3, second.total());
            assertTrue(second.hasNext());
            assertFalse(ws.events(new EventQuery(null, null, null, null, 3, 1)).hasNext());
            assertEquals(List.of(), ids(ws.events(new EventQuery(null, null, null, null, 9, 1))));
        }
    }

    @Test
    void outletsCountArticlesAndEvents() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            ws.add(FIRST_BATCH, Progress.NONE);
            assertEquals(List.of(new OutletSummary("Board Weekly", 1, 1, List.of()),
                    new OutletSummary("Daily Lantern", 2, 2, List.of()),
                    new OutletSummary("Northern Courier", 1, 1, List.of()),
                    new OutletSummary("Valley Post", 2, 2, List.of())), ws.outlets());
        }
    }

    @Test
    void readsGoOnWhileAWriterAdds() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            ws.add(List.of(MUSEUM), Progress.NONE);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            try {
                List<java.util.concurrent.Future<Integer>> readers = new java.util.ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    readers.add(pool.submit(() -> {
                        int reads = 0;
                        while (writing.get() || reads < 5) {
                            Page<EventSummary> page = ws.events(EventQuery.all());
                            assertTrue(page.total() >= 1);
                            for (EventSummary e : page.items()) {
                                Analysis a = ws.event(e.id()).orElseThrow();
                                assertEquals(a.articles().size(), a.events().get(0).articleIds().size());
                            }
                            ws.search("Korvath dam", 5);
                            assertTrue(ws.article("museum1").isPresent());
                            ws.outlets();
                            reads++;
                        }
                        return reads;
                    }));
                }
                for (RawArticle a : List.of(DAM1, DAM2, StoreFixtures.DAM3, CHESS1, StoreFixtures.CHESS2, DAM4)) {
                    ws.add(List.of(a), Progress.NONE);
                }
                writing.set(false);
                for (var f : readers) {
                    assertTrue(f.get() >= 5);
                }
            } finally {
                writing.set(false);
                pool.shutdownNow();
            }
            assertEquals(7, ws.stats().articles());
            assertEquals(7, ws.generation());
            assertEquals(3, ws.events(EventQuery.all()).total());
        }
    }

    @Test
    void aReadOfAnUnknownIdIsEmpty() throws Exception {
        try (Workspace ws = Workspace.open(dir, fast())) {
            assertTrue(ws.event("nope").isEmpty());
            assertTrue(ws.article("nope").isEmpty());
            assertEquals(0, ws.events(EventQuery.all()).total());
            assertNotEquals(null, ws.export());
        }
    }
}
