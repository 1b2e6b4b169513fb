package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Progress;

/** The files of a workspace: schema, migrations, lock. */
class WorkspaceFilesTest {
    @TempDir
    Path dir;

    private List<String> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parallax.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private void update(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parallax.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void aFreshFolderGetsTheSchemaAndKeepsItOnReopen() throws Exception {
        Path ws = dir;
        try (Workspace w = Workspace.open(ws, StoreFixtures.fast())) {
            assertEquals(0, w.generation());
            w.add(List.of(StoreFixtures.MUSEUM), Progress.NONE);
        }
        assertTrue(Files.isRegularFile(ws.resolve("parallax.db")));
        assertTrue(Files.isDirectory(ws.resolve("index")));
        assertTrue(Files.isRegularFile(ws.resolve("workspace.lock")));
        assertEquals(List.of("articles", "cited_sources", "dossiers", "events", "fetched", "memberships", "meta"),
                query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        assertEquals(List.of("articles_outlet", "articles_published", "articles_text_hash", "articles_url",
                "events_newest", "fetched_canonical", "fetched_content", "memberships_event"), query("SELECT name FROM sqlite_master WHERE type = 'index' "
                + "AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name"));
        assertEquals(List.of("generation:1", "schema_version:2"),
                query("SELECT key || ':' || value FROM meta ORDER BY key"));
        assertEquals(List.of("wal"), query("PRAGMA journal_mode"));
        try (Workspace w = Workspace.open(ws, StoreFixtures.fast())) {
            assertEquals(new Stats(1, 1, 1), w.stats());
        }
        assertEquals(List.of("generation:1", "schema_version:2"),
                query("SELECT key || ':' || value FROM meta ORDER BY key"));
    }

    @Test
    void foreignKeysAreEnforced() throws Exception {
        try (Workspace w = Workspace.open(dir, StoreFixtures.fast())) {
            java.sql.SQLException e = assertThrows(java.sql.SQLException.class, () ->
                    Tables.insertMembership(dbWriter(w), "no-such-article", "no-such-event"));
            assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        }
    }

    private static Connection dbWriter(Workspace w) throws Exception {
        java.lang.reflect.Field f = Workspace.class.getDeclaredField("db");
        f.setAccessible(true);
        return ((Database) f.get(w)).writer();
    }

    @Test
    void aNewerSchemaIsRefusedWithAClearMessage() throws Exception {
        try (Workspace w = Workspace.open(dir, StoreFixtures.fast())) {
            assertEquals(0, w.generation());
        }
        update("UPDATE meta SET value = 99 WHERE key = 'schema_version'");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Workspace.open(dir, StoreFixtures.fast()));
        assertEquals("workspace " + dir + " has schema version 99, newer than this Parallax understands (2): use a "
                + "newer Parallax, or another --data folder", e.getMessage());
        // the failed open let go of the lock
        update("UPDATE meta SET value = 2 WHERE key = 'schema_version'");
        Workspace.open(dir, StoreFixtures.fast()).close();
    }

    @Test
    void aSecondOpenerIsToldWhoHoldsTheFolder() throws Exception {
        try (Workspace w = Workspace.open(dir, StoreFixtures.fast())) {
            WorkspaceException e = assertThrows(WorkspaceException.class,
                    () -> Workspace.open(dir, StoreFixtures.fast()));
            assertEquals("workspace " + dir + " is in use by PID " + ProcessHandle.current().pid()
                    + " (close that process first, or use another --data folder)", e.getMessage());
        }
        Workspace.open(dir, StoreFixtures.fast()).close(); // free again once closed
    }

    @Test
    void aDatabaseFileThatIsNotSqliteIsRefused() throws Exception {
        Files.writeString(dir.resolve("parallax.db"), "these are not the pages of a database, just some text ".repeat(40));
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Workspace.open(dir, StoreFixtures.fast()));
        assertTrue(e.getMessage().startsWith(dir.resolve("parallax.db") + " is not a usable workspace database ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("): move it away, or use another --data folder"), e.getMessage());
    }

    @Test
    void aFileIsNotAWorkspace() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "hello");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Workspace.open(file, StoreFixtures.fast()));
        assertEquals(file + " is a file, not a workspace folder: use another --data folder", e.getMessage());
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x TEXT)", "INSERT INTO a VALUES ('x')"),
                Database.statements("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT);\n\n"
                        + "INSERT INTO a VALUES ('x');\n"));
    }
}
