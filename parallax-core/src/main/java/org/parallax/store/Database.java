package org.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

import org.sqlite.SQLiteConfig;

/**
 * The SQLite file of a workspace ({@code parallax.db}): one connection for writes, used by one writer at a time,
 * and a small pool of connections for reads. In WAL mode readers see the last committed state and never wait for
 * the writer. Every connection has foreign keys on and waits (rather than fails) when the file is busy.
 */
final class Database implements AutoCloseable {
    /** The database file's name inside the workspace folder. */
    static final String FILE_NAME = "parallax.db";
    /** The schema version this code writes; migrations 1 to this are in {@code migrations/V<n>__*.sql}. */
    static final int SCHEMA_VERSION = 2;
    /** The migration scripts, by version minus one. */
    private static final String[] MIGRATIONS = {"V1__initial.sql", "V2__fetched.sql"};
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** SQLite's result code for a file that is not a database. */
    private static final int SQLITE_NOTADB = 26;
    private static final int MAX_IDLE_READERS = 16;

    private final String url;
    private final Connection writer;
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private boolean closed;

    private Database(String url, Connection writer) {
        this.url = url;
        this.writer = writer;
    }

    /**
     * Opens (creating when missing) the database in {@code dir} and brings its schema up to date.
     *
     * @throws WorkspaceException when the schema is newer than this version understands, or the file is not a
     *                            workspace database
     */
    static Database open(Path dir) throws IOException {
        String url = "jdbc:sqlite:" + dir.resolve(FILE_NAME).toAbsolutePath();
        Connection writer;
        try {
            writer = connect(url);
        } catch (SQLException e) {
            throw new WorkspaceException(e.getErrorCode() == SQLITE_NOTADB ? notUsable(dir, e)
                    : "cannot open " + dir.resolve(FILE_NAME) + " (" + e.getMessage()
                    + "): check that the folder can be written, or use another --data folder", e);
        }
        Database db = new Database(url, writer);
        try {
            db.migrate(dir);
            return db;
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Connection connect(String url) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // FULL: a commit that returned is on disk, so the index (written after it) never runs ahead of SQLite
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        Properties props = config.toProperties();
        Connection c = DriverManager.getConnection(url, props);
        c.setAutoCommit(true);
        return c;
    }

    /** Runs the migrations the file has not had yet, each in its own transaction. */
    private void migrate(Path dir) throws IOException {
        try {
            int version = schemaVersion(writer);
            if (version > SCHEMA_VERSION) {
                throw new WorkspaceException("workspace " + dir + " has schema version " + version
                        + ", newer than this Parallax understands (" + SCHEMA_VERSION
                        + "): use a newer Parallax, or another --data folder");
            }
            for (int v = version + 1; v <= SCHEMA_VERSION; v++) {
                applyMigration(v);
            }
        } catch (SQLException e) {
            throw new WorkspaceException(notUsable(dir, e), e);
        }
    }

    private static String notUsable(Path dir, SQLException e) {
        return dir.resolve(FILE_NAME) + " is not a usable workspace database (" + e.getMessage()
                + "): move it away, or use another --data folder";
    }

    /** The schema version recorded in {@code meta}, 0 for a new (empty) file. */
    static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
            if (!rs.next()) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void applyMigration(int version) throws SQLException, IOException {
        String script = readScript(MIGRATIONS[version - 1]);
        writer.setAutoCommit(false);
        try (Statement s = writer.createStatement()) {
            for (String sql : statements(script)) {
                s.executeUpdate(sql);
            }
            try (PreparedStatement p = writer.prepareStatement(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                p.setInt(1, version);
                p.executeUpdate();
            }
            writer.commit();
        } catch (SQLException | RuntimeException e) {
            writer.rollback();
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    private static String readScript(String name) throws IOException {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IOException("migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The statements of a script: split at semicolons that end a line, after dropping {@code --} comment lines. */
    static java.util.List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String s : sql.toString().split(";\\s*\n")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The connection for writes; callers hold the workspace's write lock. */
    Connection writer() {
        return writer;
    }

    /**
     * A connection for reads, to be given back with {@link #release(Connection)} after ending its transaction. Its
     * statements form one transaction (auto-commit off), so they all see the same committed state.
     */
    Connection borrow() throws SQLException {
        synchronized (idleReaders) {
            if (closed) {
                throw new SQLException("the workspace is closed");
            }
            Connection c = idleReaders.pollFirst();
            if (c != null) {
                return c;
            }
        }
        Connection c = connect(url);
        // each read is one transaction, so that its several statements see one committed state
        c.setAutoCommit(false);
        return c;
    }

    /** Closes a borrowed connection that failed, rather than give it back in an unknown state. */
    void discard(Connection c) {
        closeQuietly(c);
    }

    /** Gives back a connection from {@link #borrow()}. */
    void release(Connection c) {
        synchronized (idleReaders) {
            if (!closed && idleReaders.size() < MAX_IDLE_READERS) {
                idleReaders.addFirst(c);
                return;
            }
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a read connection cannot lose data
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (idleReaders) {
            closed = true;
            idleReaders.forEach(Database::closeQuietly);
            idleReaders.clear();
        }
        try {
            writer.close();
        } catch (SQLException e) {
            throw new IOException("cannot close the workspace database: " + e.getMessage(), e);
        }
    }
}
