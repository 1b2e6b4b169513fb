package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Attribution;
import org.parallax.model.Event;

/** The outlet overview: articles, events and the sources each outlet's articles credit, most cited first. */
class OutletsTest {
    @TempDir
    Path dir;

    private static Annotations crediting(String... sources) {
        List<Attribution> credits = java.util.Arrays.stream(sources)
                .map(s -> new Attribution(s, "according to", "According to " + s + ", it rained.")).toList();
        return new Annotations(List.of(), List.of(), List.of(), List.of(), credits);
    }

    private static void store(Connection c, String id, String outlet, String event, Annotations n, long added)
            throws Exception {
        Article a = new Article(id, "Title " + id, outlet, null, LocalDate.of(2031, 1, 1), null, "en",
                "Text of " + id + ".", List.of());
        Tables.insertArticle(c, new Intake.Accepted(0, a, null, Fingerprints.textHash(a.text())), n, added);
        Tables.upsertEvent(c, new Event(event, "Event " + event, List.of(id), null, null));
        Tables.insertMembership(c, id, event);
    }

    @Test
    void sourcesAreCountedPerOutletMostCitedFirst() throws Exception {
        try (Workspace ws = Workspace.open(dir, StoreFixtures.fast())) {
            java.lang.reflect.Field f = Workspace.class.getDeclaredField("db");
            f.setAccessible(true);
            Connection c = ((Database) f.get(ws)).writer();
            store(c, "a", "Ledger", "e1", crediting("Reuters", "police", "Reuters"), 1);
            store(c, "b", "Ledger", "e2", crediting("police", "mayor Ames"), 2);
            store(c, "c", "Ledger", "e2", crediting("police"), 3);
            store(c, "d", "Courier", "e1", null, 4);
            assertEquals(List.of(
                    new OutletSummary("Courier", 1, 1, List.of()),
                    new OutletSummary("Ledger", 3, 2, List.of(new OutletSummary.Cited("police", 3),
                            new OutletSummary.Cited("Reuters", 1), new OutletSummary.Cited("mayor Ames", 1)))),
                    ws.outlets());
        }
    }
}
