package org.parallax.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceException;

/**
 * A {@link FetchLog} kept in a workspace's database, table {@code fetched} (created by the store's migration
 * {@code V2__fetched.sql}), so nothing is fetched twice across runs. It holds its own connection to the workspace's
 * SQLite file: in WAL mode that is safe beside the workspace's connections, and each write is one short statement.
 * Open it after {@link Workspace#open}, which runs the migration, and close it before the workspace.
 *
 * <p>A database error is rare (the disk is full, the file was removed) and not the URL's fault; it is rethrown as an
 * unchecked {@link IllegalStateException} carrying the workspace's message.
 */
public final class WorkspaceFetchLog implements FetchLog, AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection connection;

    private WorkspaceFetchLog(Connection connection) {
        this.connection = connection;
    }

    /** The fetch log of the open workspace {@code ws}. */
    public static WorkspaceFetchLog of(Workspace ws) throws IOException {
        Path db = ws.dir().resolve("parallax.db");
        if (!Files.isRegularFile(db)) {
            throw new WorkspaceException("no workspace database at " + db);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                try (ResultSet rs = s.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'fetched'")) {
                    if (!rs.next()) {
                        c.close();
                        throw new WorkspaceException(db + " has no 'fetched' table: the workspace was not opened "
                                + "by a Parallax that knows about fetching");
                    }
                }
            }
            return new WorkspaceFetchLog(c);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot open the fetch log in " + db + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<FetchRecord> get(String url) {
        try (PreparedStatement p = connection.prepareStatement("SELECT url, canonical_url, content_hash, etag, "
                + "last_modified, fetched_at, status FROM fetched WHERE url = ?")) {
            p.setString(1, url);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new FetchRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)),
                        FetchRecord.Status.valueOf(rs.getString(7).toUpperCase(Locale.ROOT))));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean hasCanonical(String canonicalUrl) {
        return exists("SELECT 1 FROM fetched WHERE canonical_url = ? AND status = 'added' LIMIT 1", canonicalUrl);
    }

    @Override
    public boolean hasContent(String contentHash) {
        return exists("SELECT 1 FROM fetched WHERE content_hash = ? AND status = 'added' LIMIT 1", contentHash);
    }

    @Override
    public synchronized void put(FetchRecord r) {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO fetched (url, canonical_url, "
                + "content_hash, etag, last_modified, fetched_at, status) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (url) DO UPDATE SET canonical_url = excluded.canonical_url, "
                + "content_hash = excluded.content_hash, etag = excluded.etag, "
                + "last_modified = excluded.last_modified, fetched_at = excluded.fetched_at, "
                + "status = excluded.status")) {
            p.setString(1, r.url());
            p.setString(2, r.canonicalUrl());
            p.setString(3, r.contentHash());
            p.setString(4, r.etag());
            p.setString(5, r.lastModified());
            p.setString(6, r.fetchedAt().toString());
            p.setString(7, r.status().name().toLowerCase(Locale.ROOT));
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private synchronized boolean exists(String sql, String value) {
        if (value == null) {
            return false;
        }
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("the workspace's fetch log cannot be used: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException("closing the fetch log: " + e.getMessage(), e);
        }
    }
}
