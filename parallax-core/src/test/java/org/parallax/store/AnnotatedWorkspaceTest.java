package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Progress;
import org.parallax.Settings;
import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Dossier;
import org.parallax.model.Framing;

/** With annotation on: annotations and dossiers are stored, and a touched event's dossier is recomputed. */
class AnnotatedWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void dossiersAreStoredAndRecomputedWhenAnArticleJoins() throws Exception {
        WorkspaceSettings annotating = new WorkspaceSettings(Settings.defaults().withThreads(2), 1_000_000);
        String dam;
        try (Workspace ws = Workspace.open(dir, annotating)) {
            AddResult r = ws.add(List.of(StoreFixtures.DAM1, StoreFixtures.DAM2, StoreFixtures.DAM3,
                    StoreFixtures.MUSEUM), Progress.NONE);
            dam = r.outcomes().get(0).eventId();
            Analysis event = ws.event(dam).orElseThrow();
            Dossier d = event.dossierOf(dam);
            assertNotEquals(Dossier.EMPTY, d);
            assertEquals(List.of("dam1", "dam2", "dam3"), framed(d));
            assertNotEquals(Annotations.EMPTY, ws.article("dam1").orElseThrow().annotations());
            assertTrue(ws.article("dam1").orElseThrow().annotations().quotes().stream()
                    .anyMatch(q -> "Mila Sorensen".equals(q.speaker())), ws.article("dam1").toString());
            // a one-article event has no dossier
            String museum = r.outcomes().get(3).eventId();
            assertEquals(Dossier.EMPTY, ws.event(museum).orElseThrow().dossierOf(museum));
            // quotes are searchable on their own, with their speaker
            assertTrue(ws.search("spillway gate jammed", 20).stream()
                    .anyMatch(h -> h.kind().equals("quote") && "Mila Sorensen".equals(h.speaker())));
        }
        try (Workspace ws = Workspace.open(dir, annotating)) {
            ws.add(List.of(StoreFixtures.DAM4), Progress.NONE);
            Dossier d = ws.event(dam).orElseThrow().dossierOf(dam);
            assertEquals(List.of("dam1", "dam2", "dam3", "dam4"), framed(d));
            assertEquals(ws.export().dossierOf(dam), d);
        }
    }

    private static List<String> framed(Dossier d) {
        return List.copyOf(new TreeSet<>(d.framing().stream().map(Framing::articleId).toList()));
    }
}
