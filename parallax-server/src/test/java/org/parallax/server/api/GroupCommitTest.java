package org.parallax.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Settings;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;
import org.parallax.store.AddResult;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

class GroupCommitTest {
    private static final WorkspaceSettings FAST =
            new WorkspaceSettings(Settings.defaults().withAnnotate(false).withThreads(1), 1_000_000);

    @TempDir
    Path dir;

    private static RawArticle article(int upload, int n) {
        String id = "u" + upload + "-" + n;
        String text = "Harbour pilots of Port Averlin counted " + (upload * 100 + n) + " vessels waiting outside the "
                + "breakwater on the morning of survey " + id + ", the port office said in its daily notice.";
        return new RawArticle(id, "upload-" + upload, SourceFormat.JSON, "Survey " + id, null,
                LocalDate.of(2031, 3, 14), "https://coastal-ledger.example/survey/" + id, "Coastal Ledger", "en",
                text);
    }

    @Test
    void concurrentUploadsEachGetTheirOwnOutcomesInOrder() throws Exception {
        try (Workspace ws = Workspace.open(dir, FAST)) {
            GroupCommit writes = new GroupCommit(ws);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<AddResult>> results = new ArrayList<>();
            for (int u = 0; u < 16; u++) {
                List<RawArticle> upload = List.of(article(u, 0), article(u, 1), article(u, 2));
                results.add(pool.submit(() -> writes.add(upload)));
            }
            for (int u = 0; u < 16; u++) {
                List<AddResult.Outcome> outcomes = results.get(u).get().outcomes();
                assertEquals(3, outcomes.size());
                for (int n = 0; n < 3; n++) {
                    assertEquals(AddResult.Status.ADDED, outcomes.get(n).status());
                    assertEquals("u" + u + "-" + n, outcomes.get(n).articleId());
                }
            }
            pool.shutdown();
            assertEquals(48, ws.stats().articles());
        }
    }

    @Test
    void aRepeatInALaterUploadIsItsDuplicate() throws Exception {
        try (Workspace ws = Workspace.open(dir, FAST)) {
            GroupCommit writes = new GroupCommit(ws);
            writes.add(List.of(article(1, 0)));
            AddResult again = writes.add(List.of(article(1, 0), article(2, 0)));
            assertEquals(AddResult.Status.DUPLICATE, again.outcomes().get(0).status());
            assertEquals("u1-0", again.outcomes().get(0).articleId());
            assertEquals(AddResult.Status.ADDED, again.outcomes().get(1).status());
            assertEquals(2, ws.stats().articles());
        }
    }
}
