package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.store.StoreFixtures.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Progress;
import org.parallax.model.Analysis;
import org.parallax.model.Event;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void addThenReopenThenAddMore() throws Exception {
        String damEvent;
        try (Workspace ws = Workspace.open(dir, fast())) {
            AddResult r = ws.add(FIRST_BATCH, Progress.NONE);
            assertTrue(r.outcomes().stream().allMatch(o -> o.status() == AddResult.Status.ADDED), r.toString());
            damEvent = r.outcomes().get(0).eventId();
            assertEquals(damEvent, r.outcomes().get(1).eventId());
            assertEquals(damEvent, r.outcomes().get(2).eventId());
            assertEquals(1, ws.generation());
            System.out.println(ws.events(EventQuery.all()));
        }
        try (Workspace ws = Workspace.open(dir, fast())) {
            assertEquals(1, ws.generation());
            AddResult r = ws.add(List.of(DAM4), Progress.NONE);
            assertEquals(damEvent, r.outcomes().get(0).eventId(), r.toString());
            assertEquals(List.of(damEvent), r.touchedEventIds());
            Analysis e = ws.event(damEvent).orElseThrow();
            assertEquals(List.of("dam1", "dam2", "dam3", "dam4"), e.events().get(0).articleIds());
            System.out.println(ws.search("Sorensen spillway", 10));
        }
    }
}
