package org.parallax.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

class WorkspaceFetchLogTest {
    private static final Instant AT = Instant.parse("2031-09-05T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aWorkspaceFromBeforeFetchingGetsTheTableWhenOpened() throws Exception {
        Workspace.open(dir, WorkspaceSettings.defaults()).close();
        // Make it a version-1 workspace, as written before the fetched table existed.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parallax.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE fetched");
            s.executeUpdate("UPDATE meta SET value = 1 WHERE key = 'schema_version'");
        }

        try (Workspace ws = Workspace.open(dir, WorkspaceSettings.defaults());
             WorkspaceFetchLog log = WorkspaceFetchLog.of(ws)) {
            log.put(new FetchRecord("https://lakeside.example/a", null, null, null, null, AT,
                    FetchRecord.Status.FAILED));
            assertEquals(FetchRecord.Status.FAILED, log.get("https://lakeside.example/a").orElseThrow().status());
        }
    }

    @Test
    void remembersPagesAndFeedsAcrossOpenings() throws IOException {
        FetchRecord page = new FetchRecord("https://lakeside.example/a?x=1", "https://lakeside.example/a", "abc123",
                null, null, AT, FetchRecord.Status.ADDED);
        FetchRecord feed = new FetchRecord("https://lakeside.example/rss", null, "f00", "\"e1\"",
                "Tue, 02 Sep 2031 08:00:00 GMT", AT, FetchRecord.Status.FEED);
        FetchRecord failed = new FetchRecord("https://lakeside.example/b", null, null, null, null, AT,
                FetchRecord.Status.FAILED);
        try (Workspace ws = Workspace.open(dir, WorkspaceSettings.defaults());
             WorkspaceFetchLog log = WorkspaceFetchLog.of(ws)) {
            log.put(page);
            log.put(feed);
            log.put(failed);
            log.put(new FetchRecord(failed.url(), null, "zzz", null, null, AT, FetchRecord.Status.NOT_ARTICLE));
        }

        try (Workspace ws = Workspace.open(dir, WorkspaceSettings.defaults());
             WorkspaceFetchLog log = WorkspaceFetchLog.of(ws)) {
            assertEquals(Optional.of(page), log.get(page.url()));
            assertEquals(Optional.of(feed), log.get(feed.url()));
            assertEquals(FetchRecord.Status.NOT_ARTICLE, log.get(failed.url()).orElseThrow().status());
            assertEquals(Optional.empty(), log.get("https://lakeside.example/never"));
            assertTrue(log.hasCanonical("https://lakeside.example/a"));
            assertTrue(log.hasContent("abc123"));
            // Only added pages count as known content: a feed's body hash or a non-article does not.
            assertFalse(log.hasContent("f00"));
            assertFalse(log.hasContent("zzz"));
            assertFalse(log.hasCanonical("https://lakeside.example/rss"));
        }
    }
}
