package org.parallax.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Attribution;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.render.EventsJson;

/**
 * The SQL of the workspace tables (see {@code migrations/V1__initial.sql}): one method per statement, each on a
 * connection the caller owns (and, for writes, inside the caller's transaction).
 */
final class Tables {
    private Tables() {
    }

    /** An article row: the article, its annotations (EMPTY when none) and its event. */
    record ArticleRow(Article article, Annotations annotations, String eventId) {
    }

    // ---- meta

    static long generation(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = 'generation'");
             ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Adds one to the generation and returns the new value. */
    static long nextGeneration(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE meta SET value = value + 1 WHERE key = 'generation'")) {
            p.executeUpdate();
        }
        return generation(c);
    }

    static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- article look-ups

    /** The first value of the first row of a one-parameter query, or null. */
    static String string(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, param);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String idByUrl(Connection c, String normalizedUrl) throws SQLException {
        return string(c, "SELECT id FROM articles WHERE normalized_url = ? ORDER BY added LIMIT 1", normalizedUrl);
    }

    static String idByTextHash(Connection c, String hash) throws SQLException {
        return string(c, "SELECT id FROM articles WHERE text_hash = ? ORDER BY added LIMIT 1", hash);
    }

    static String eventOfArticle(Connection c, String articleId) throws SQLException {
        return string(c, "SELECT event_id FROM memberships WHERE article_id = ?", articleId);
    }

    static long nextAddedNumber(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(added), 0) + 1 FROM articles");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final String ARTICLE_COLUMNS =
            "SELECT a.article_json, a.annotations_json, m.event_id FROM articles a "
                    + "JOIN memberships m ON m.article_id = a.id ";

    /** One stored article, or null. */
    static ArticleRow article(Connection c, String id) throws SQLException {
        List<ArticleRow> rows = articles(c, ARTICLE_COLUMNS + "WHERE a.id = ?", id, true);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The members of an event, with annotations, in no particular order. */
    static List<ArticleRow> members(Connection c, String eventId) throws SQLException {
        return articles(c, ARTICLE_COLUMNS + "WHERE m.event_id = ?", eventId, true);
    }

    /** Every stored article, without annotations when {@code withAnnotations} is false (faster). */
    static List<ArticleRow> allArticles(Connection c, boolean withAnnotations) throws SQLException {
        String sql = withAnnotations ? ARTICLE_COLUMNS
                : "SELECT a.article_json, NULL, m.event_id FROM articles a JOIN memberships m ON m.article_id = a.id";
        return articles(c, sql, null, withAnnotations);
    }

    private static List<ArticleRow> articles(Connection c, String sql, String param, boolean withAnnotations)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (param != null) {
                p.setString(1, param);
            }
            List<ArticleRow> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String annotations = withAnnotations ? rs.getString(2) : null;
                    out.add(new ArticleRow(readArticle(rs.getString(1)), readAnnotations(annotations),
                            rs.getString(3)));
                }
            }
            return out;
        }
    }

    private static Article readArticle(String json) throws SQLException {
        try {
            return EventsJson.readArticle(json);
        } catch (IOException e) {
            throw new SQLException("a stored article cannot be read: " + e.getMessage(), e);
        }
    }

    private static Annotations readAnnotations(String json) throws SQLException {
        if (json == null) {
            return Annotations.EMPTY;
        }
        try {
            return EventsJson.readAnnotations(json);
        } catch (IOException e) {
            throw new SQLException("stored annotations cannot be read: " + e.getMessage(), e);
        }
    }

    // ---- events and dossiers

    /** One event row with its sorted member ids, or null. */
    static Event event(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, title, start_day, end_day FROM events WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<String> members = new ArrayList<>();
                try (PreparedStatement m = c.prepareStatement(
                        "SELECT article_id FROM memberships WHERE event_id = ?")) {
                    m.setString(1, id);
                    try (ResultSet ms = m.executeQuery()) {
                        while (ms.next()) {
                            members.add(ms.getString(1));
                        }
                    }
                }
                members.sort(null);
                return new Event(rs.getString(1), rs.getString(2), members, date(rs.getString(3)),
                        date(rs.getString(4)));
            }
        }
    }

    static Dossier dossier(Connection c, String eventId) throws SQLException {
        String json = string(c, "SELECT dossier_json FROM dossiers WHERE event_id = ?", eventId);
        if (json == null) {
            return null;
        }
        try {
            return EventsJson.readDossier(json);
        } catch (IOException e) {
            throw new SQLException("a stored dossier cannot be read: " + e.getMessage(), e);
        }
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    // ---- writes

    static void insertArticle(Connection c, Intake.Accepted a, Annotations annotations, long added)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO articles (id, url, normalized_url, text_hash, "
                + "outlet, published, title, article_json, annotations_json, added) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Article article = a.article();
            p.setString(1, article.id());
            p.setString(2, article.url());
            p.setString(3, a.normalizedUrl());
            p.setString(4, a.textHash());
            p.setString(5, article.outlet());
            p.setString(6, iso(article.published()));
            p.setString(7, article.title());
            p.setString(8, EventsJson.articleJson(article));
            p.setString(9, annotations == null ? null : EventsJson.annotationsJson(annotations));
            p.setLong(10, added);
            p.executeUpdate();
        }
        if (annotations != null) {
            insertCitedSources(c, a.article().id(), annotations);
        }
    }

    private static void insertCitedSources(Connection c, String articleId, Annotations annotations)
            throws SQLException {
        Set<String> sources = new LinkedHashSet<>();
        for (Attribution at : annotations.attributions()) {
            if (at.source() != null && !at.source().isBlank()) {
                sources.add(at.source().strip());
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR IGNORE INTO cited_sources (article_id, source) VALUES (?, ?)")) {
            for (String s : sources) {
                p.setString(1, articleId);
                p.setString(2, s);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static void upsertEvent(Connection c, Event e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO events (id, title, start_day, end_day, "
                + "article_count) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                + "start_day = excluded.start_day, end_day = excluded.end_day, "
                + "article_count = excluded.article_count")) {
            p.setString(1, e.id());
            p.setString(2, e.title());
            p.setString(3, iso(e.start()));
            p.setString(4, iso(e.end()));
            p.setInt(5, e.articleIds().size());
            p.executeUpdate();
        }
    }

    static void insertMembership(Connection c, String articleId, String eventId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO memberships (article_id, event_id) VALUES (?, ?)")) {
            p.setString(1, articleId);
            p.setString(2, eventId);
            p.executeUpdate();
        }
    }

    static void putDossier(Connection c, String eventId, Dossier d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO dossiers (event_id, dossier_json) VALUES (?, ?) "
                + "ON CONFLICT (event_id) DO UPDATE SET dossier_json = excluded.dossier_json")) {
            p.setString(1, eventId);
            p.setString(2, EventsJson.dossierJson(d));
            p.executeUpdate();
        }
    }

    static void deleteDossier(Connection c, String eventId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM dossiers WHERE event_id = ?")) {
            p.setString(1, eventId);
            p.executeUpdate();
        }
    }

    /** Wraps a failure of a read that cannot throw a checked exception. */
    static UncheckedIOException unchecked(String what, SQLException e) {
        return new UncheckedIOException(new WorkspaceException(what + " failed: " + e.getMessage(), e));
    }
}
