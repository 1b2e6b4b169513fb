package org.parallax.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.store.SearchHit;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

/**
 * What must hold in a workspace after any crash: it opens (the dead process's lock does not block it), every
 * membership points at a stored article and event, every event has members and counts them right, every stored
 * article is in an event, dossiers belong to stored events, no URL is stored twice, and search finds every article.
 */
final class WorkspaceConsistency {
    /** The checks that must find nothing, each a query counting the offending rows. */
    private static final Map<String, String> MUST_BE_ZERO = new LinkedHashMap<>();

    static {
        MUST_BE_ZERO.put("memberships without an article",
                "SELECT count(*) FROM memberships m LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL");
        MUST_BE_ZERO.put("memberships without an event",
                "SELECT count(*) FROM memberships m LEFT JOIN events e ON e.id = m.event_id WHERE e.id IS NULL");
        MUST_BE_ZERO.put("events without members",
                "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.event_id = e.id)");
        MUST_BE_ZERO.put("events whose article_count differs from their memberships",
                "SELECT count(*) FROM events e WHERE e.article_count <> "
                        + "(SELECT count(*) FROM memberships m WHERE m.event_id = e.id)");
        MUST_BE_ZERO.put("articles in no event",
                "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM memberships m "
                        + "WHERE m.article_id = a.id)");
        MUST_BE_ZERO.put("dossiers without an event",
                "SELECT count(*) FROM dossiers d LEFT JOIN events e ON e.id = d.event_id WHERE e.id IS NULL");
        MUST_BE_ZERO.put("URLs stored more than once",
                "SELECT count(*) FROM (SELECT url FROM articles GROUP BY url HAVING count(*) > 1)");
    }

    private WorkspaceConsistency() {
    }

    /**
     * Opens the workspace in {@code dir} in this process, checks it as described above and returns the stored
     * article ids, in order.
     *
     * @param markers each stored article's own word by its id, for the search check; an id missing here is not
     *                searched for
     */
    static List<String> check(Path dir, Map<String, String> markers) throws IOException, SQLException {
        List<String> ids;
        try (Workspace ws = Workspace.open(dir, WorkspaceSettings.defaults())) {
            ids = storedIds(dir, false);
            assertEquals(ids.size(), ws.stats().articles(), "articles counted by the workspace");
            for (String id : ids) {
                String marker = markers.get(id);
                if (marker != null) {
                    List<SearchHit> hits = ws.search(marker, 5);
                    assertTrue(hits.stream().anyMatch(h -> id.equals(h.articleId())),
                            "search for " + marker + " finds " + id + ": " + hits);
                }
            }
        }
        try (Connection c = connect(dir); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> check : MUST_BE_ZERO.entrySet()) {
                try (ResultSet r = s.executeQuery(check.getValue())) {
                    r.next();
                    assertEquals(0, r.getLong(1), check.getKey() + " in " + dir);
                }
            }
        }
        return ids;
    }

    /**
     * The ids of the stored articles, read straight from {@code parallax.db}; with {@code empty} true, an empty list
     * when the database does not exist yet (a run killed before creating it).
     */
    static List<String> storedIds(Path dir, boolean empty) throws SQLException {
        if (empty && !java.nio.file.Files.exists(dir.resolve("parallax.db"))) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(dir); Statement s = c.createStatement()) {
            if (!hasTable(s, "articles")) {
                return List.of();
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM articles ORDER BY added")) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private static boolean hasTable(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                + name + "'")) {
            return r.next() && r.getLong(1) > 0;
        }
    }

    private static Connection connect(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parallax.db").toAbsolutePath());
    }
}
