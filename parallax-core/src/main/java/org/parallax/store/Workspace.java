package org.parallax.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parallax.Parallax;
import org.parallax.Progress;
import org.parallax.annotate.Annotator;
import org.parallax.clean.Cleaner;
import org.parallax.cluster.EventClusterer;
import org.parallax.compare.DossierBuilder;
import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * A workspace folder: the system of record in SQLite ({@code parallax.db}, WAL mode, foreign keys on) and a Lucene
 * index ({@code index/}) for full-text search, rebuildable from SQLite. Opening a workspace creates it when missing,
 * runs pending schema migrations and takes the folder's lock, so a second process gets a clear "workspace in use by
 * PID ..." error. Thread-safe: reads run concurrently, writes one at a time.
 *
 * <pre>{@code
 * try (Workspace ws = Workspace.open(Path.of("parallax-data"), WorkspaceSettings.defaults())) {
 *     AddResult added = ws.add(rawArticles, Progress.NONE);
 *     Page<EventSummary> newest = ws.events(EventQuery.all());
 * }
 * }</pre>
 *
 * <p>Crash safety: an addition is computed first (cleaning, annotation, clustering, dossiers) and then written in
 * one SQLite transaction, which also increments the generation. The search index is updated after that commit and
 * committed with the generation it matches; when the two disagree at open (a crash in between), or the index is
 * missing or unreadable, the index is rebuilt from SQLite.
 */
public final class Workspace implements AutoCloseable {
    /** How many matching articles an event filter by text looks at. */
    private static final int TEXT_FILTER_ARTICLES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final WorkspaceSettings settings;
    private final WorkspaceLock lock;
    private final Database db;
    private final SearchIndex index;
    private final Cleaner cleaner = new Cleaner();
    /** Held by every write (add, reindex, close): one writer at a time. Reads do not take it. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicLong generation;
    private volatile boolean closed;
    /** The stored events as an online clusterer; null until the first add after open needs it. */
    private EventClusterer clusterer;
    private Annotator annotator;
    private DossierBuilder dossierBuilder;
    /** Called at named points of a write, so tests can make it fail there; never set in production. */
    FailPoint failPoint = point -> { };

    /** A test hook: throws to simulate a failure at a named point of a write. */
    @FunctionalInterface
    interface FailPoint {
        void reached(String point) throws SQLException;
    }

    private Workspace(Path dir, WorkspaceSettings settings, WorkspaceLock lock, Database db, SearchIndex index,
                      long generation) {
        this.dir = dir;
        this.settings = settings;
        this.lock = lock;
        this.db = db;
        this.index = index;
        this.generation = new AtomicLong(generation);
    }

    /**
     * Opens (or creates) the workspace in {@code dir}.
     *
     * @throws WorkspaceException when the folder is in use by another process, is not a workspace, or its schema is
     *                            newer than this version understands; the message says what to do
     */
    public static Workspace open(Path dir, WorkspaceSettings settings) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new WorkspaceException(dir + " is a file, not a workspace folder: use another --data folder");
        }
        Files.createDirectories(dir);
        WorkspaceLock lock = WorkspaceLock.take(dir);
        Database db = null;
        SearchIndex index = null;
        try {
            db = Database.open(dir);
            long generation = Tables.generation(db.writer());
            index = SearchIndex.open(dir.resolve(SearchIndex.FOLDER));
            Workspace ws = new Workspace(dir, settings, lock, db, index, generation);
            if (index.openedGeneration() != generation) {
                ws.reindex();
            }
            return ws;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(index);
            closeQuietly(db);
            closeQuietly(lock);
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof SQLException sql) {
                throw new WorkspaceException("cannot open workspace " + dir + ": " + sql.getMessage(), sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // already failing: the first error is the one to report
        }
    }

    /** The workspace folder. */
    public Path dir() {
        return dir;
    }

    /** The settings additions are processed with (the article length limit among them). */
    public WorkspaceSettings settings() {
        return settings;
    }

    /**
     * Adds articles: each is cleaned, recognised as a duplicate (same URL or same text as a stored article, or
     * earlier in this batch) or stored; new ones are annotated, join the stored events through online clustering
     * (an empty workspace clusters the batch as {@code Parallax.analyze} does), and the dossiers of every touched
     * event are recomputed. All of it is one SQLite transaction; the search index follows.
     *
     * @return one outcome per input article, in input order, plus problems
     */
    public AddResult add(List<RawArticle> articles, Progress progress) throws IOException {
        writeLock.lock();
        try {
            ensureOpen();
            return new Addition(articles, progress).run();
        } finally {
            writeLock.unlock();
        }
    }

    /** One call of {@link #add}: its steps, in order, under the write lock. */
    private final class Addition {
        private final List<RawArticle> inputs;
        private final Progress progress;
        private final List<Problem> problems = new ArrayList<>();

        Addition(List<RawArticle> inputs, Progress progress) {
            this.inputs = inputs;
            this.progress = progress;
        }

        AddResult run() throws IOException {
            Connection c = db.writer();
            Intake.Result intake = new Intake(cleaner, settings.maxTextChars()).take(inputs, stored(c), problems);
            List<Article> fresh = intake.accepted().stream().map(Intake.Accepted::article).toList();
            if (fresh.isEmpty()) {
                return result(intake, Map.of(), List.of(), c);
            }
            try {
                Map<String, Annotations> annotations = settings.pipeline().annotate()
                        ? Parallax.annotateAll(fresh, annotator(), settings.pipeline().threads(), problems,
                        progress)
                        : Map.of();
                Clustered clustered = cluster(fresh, c);
                Map<String, Dossier> dossiers = dossiers(clustered.touched(), fresh, annotations, c);
                long newGeneration = write(intake, annotations, clustered, dossiers, c);
                generation.set(newGeneration);
                updateIndex(intake, annotations, clustered, newGeneration);
                return result(intake, clustered.eventOf(),
                        clustered.touched().stream().map(Event::id).sorted().toList(), c);
            } catch (SQLException e) {
                clusterer = null; // it may hold articles the rollback took back: rebuild it from SQLite
                throw new WorkspaceException("adding to workspace " + dir + " failed, nothing was stored: "
                        + e.getMessage(), e);
            } catch (RuntimeException e) {
                clusterer = null;
                throw e;
            }
        }

        /** Looks up stored articles on the writer connection (which sees everything committed). */
        private Intake.Stored stored(Connection c) {
            return new Intake.Stored() {
                @Override
                public String idByUrl(String normalizedUrl) {
                    return lookUp(() -> Tables.idByUrl(c, normalizedUrl));
                }

                @Override
                public String idByTextHash(String textHash) {
                    return lookUp(() -> Tables.idByTextHash(c, textHash));
                }

                @Override
                public boolean hasId(String id) {
                    return lookUp(() -> Tables.string(c, "SELECT id FROM articles WHERE id = ?", id)) != null;
                }
            };
        }

        /** Groups the new articles into events: the stored ones, or new ones. */
        private Clustered cluster(List<Article> fresh, Connection c) throws SQLException {
            progress.update("clustering", 0, fresh.size());
            Map<String, String> eventOf = new HashMap<>();
            Map<String, Event> touched = new TreeMap<>();
            if (Tables.count(c, "articles") == 0) {
                // an empty workspace is a batch: exactly the events Parallax.analyze finds
                clusterer = null;
                for (Event e : EventClusterer.cluster(fresh, settings.pipeline().cluster())) {
                    touched.put(e.id(), e);
                    e.articleIds().forEach(id -> eventOf.put(id, e.id()));
                }
            } else {
                EventClusterer online = clusterer(c);
                List<Article> arriving = new ArrayList<>(fresh);
                arriving.sort(EventClusterer.ARRIVAL_ORDER);
                for (Article a : arriving) {
                    online.add(a);
                }
                online.fixIds(); // new events take their ids now, and keep them as later articles join
                for (Article a : fresh) {
                    Event e = online.eventOf(a.id());
                    touched.put(e.id(), e);
                    eventOf.put(a.id(), e.id());
                }
            }
            progress.update("clustering", fresh.size(), fresh.size());
            return new Clustered(eventOf, List.copyOf(touched.values()));
        }

        /** The dossiers of touched events with two or more articles (when annotating; else none). */
        private Map<String, Dossier> dossiers(List<Event> touched, List<Article> fresh,
                                              Map<String, Annotations> annotations, Connection c)
                throws SQLException {
            if (!settings.pipeline().annotate()) {
                return Map.of();
            }
            List<Event> compared = touched.stream().filter(e -> e.articleIds().size() > 1).toList();
            if (compared.isEmpty()) {
                return Map.of();
            }
            Map<String, Article> articles = new HashMap<>();
            Map<String, Annotations> all = new HashMap<>(annotations);
            fresh.forEach(a -> articles.put(a.id(), a));
            for (Event e : compared) {
                for (Tables.ArticleRow row : Tables.members(c, e.id())) {
                    articles.put(row.article().id(), row.article());
                    all.put(row.article().id(), row.annotations());
                }
            }
            return Parallax.compareAll(compared, new ArrayList<>(articles.values()), all, dossierBuilder(),
                    settings.pipeline().threads(), progress);
        }

        /** Writes everything in one transaction and returns the new generation. */
        private long write(Intake.Result intake, Map<String, Annotations> annotations, Clustered clustered,
                           Map<String, Dossier> dossiers, Connection c) throws SQLException {
            progress.update("storing", 0, 1);
            c.setAutoCommit(false);
            try {
                long added = Tables.nextAddedNumber(c);
                for (Intake.Accepted a : intake.accepted()) {
                    Tables.insertArticle(c, a, annotations.get(a.article().id()), added++);
                }
                failPoint.reached("articles-written");
                for (Event e : clustered.touched()) {
                    Tables.upsertEvent(c, e);
                }
                for (Intake.Accepted a : intake.accepted()) {
                    Tables.insertMembership(c, a.article().id(), clustered.eventOf().get(a.article().id()));
                }
                for (Event e : clustered.touched()) {
                    Dossier d = dossiers.get(e.id());
                    if (d != null) {
                        Tables.putDossier(c, e.id(), d);
                    } else {
                        Tables.deleteDossier(c, e.id()); // its members changed: an old dossier would mislead
                    }
                }
                long next = Tables.nextGeneration(c);
                failPoint.reached("before-commit");
                c.commit();
                progress.update("storing", 1, 1);
                return next;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }

        /**
         * Adds the new articles to the search index after SQLite committed them. When that fails the index is
         * rebuilt; when that fails too, the next open rebuilds it (the generations differ).
         */
        private void updateIndex(Intake.Result intake, Map<String, Annotations> annotations, Clustered clustered,
                                 long newGeneration) throws SQLException {
            progress.update("indexing", 0, 1);
            failPoint.reached("before-index");
            try {
                for (Intake.Accepted a : intake.accepted()) {
                    Article article = a.article();
                    index.add(article, annotations.getOrDefault(article.id(), Annotations.EMPTY),
                            clustered.eventOf().get(article.id()));
                }
                index.commit(newGeneration);
            } catch (IOException | RuntimeException e) {
                try {
                    reindexLocked();
                } catch (IOException | RuntimeException again) {
                    problems.add(Problem.warning(dir.toString(), 0, "the search index could not be updated ("
                            + again.getMessage() + "): run parallax reindex"));
                }
            }
            progress.update("indexing", 1, 1);
        }

        private AddResult result(Intake.Result intake, Map<String, String> eventOf, List<String> touched,
                                 Connection c) throws IOException {
            AddResult.Outcome[] outcomes = new AddResult.Outcome[inputs.size()];
            for (Intake.Accepted a : intake.accepted()) {
                outcomes[a.input()] = new AddResult.Outcome(a.article().id(), eventOf.get(a.article().id()),
                        AddResult.Status.ADDED, null);
            }
            for (Intake.Turned t : intake.turned()) {
                String event = null;
                if (t.originalId() != null) {
                    event = eventOf.get(t.originalId());
                    if (event == null) {
                        event = lookUp(() -> Tables.eventOfArticle(c, t.originalId()));
                    }
                }
                outcomes[t.input()] = new AddResult.Outcome(t.originalId(), event, t.status(), t.reason());
            }
            return new AddResult(List.of(outcomes), problems, touched);
        }
    }

    /** Where the new articles went: each one's event id, and every touched event as it is now. */
    private record Clustered(Map<String, String> eventOf, List<Event> touched) {
    }

    /** The online clusterer of the stored events, restored from SQLite on first use after open. */
    private EventClusterer clusterer(Connection c) throws SQLException {
        if (clusterer == null) {
            List<Tables.ArticleRow> rows = Tables.allArticles(c, false);
            Map<String, String> eventOf = new HashMap<>(rows.size() * 2);
            List<Article> stored = new ArrayList<>(rows.size());
            for (Tables.ArticleRow r : rows) {
                stored.add(r.article());
                eventOf.put(r.article().id(), r.eventId());
            }
            stored.sort(EventClusterer.ARRIVAL_ORDER);
            clusterer = EventClusterer.restore(settings.pipeline().cluster(), stored, eventOf::get);
        }
        return clusterer;
    }

    private Annotator annotator() {
        if (annotator == null) {
            annotator = new Annotator();
        }
        return annotator;
    }

    private DossierBuilder dossierBuilder() {
        if (dossierBuilder == null) {
            dossierBuilder = new DossierBuilder();
        }
        return dossierBuilder;
    }

    /** A look-up that may throw SQLException. */
    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** A look-up on a connection the caller holds, its SQL failure made unchecked. */
    private static <T> T lookUp(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw Tables.unchecked("a workspace look-up", e);
        }
    }

    /** A read on a pooled connection. */
    @FunctionalInterface
    private interface Read<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T read(String what, Read<T> read) {
        ensureOpenUnchecked();
        Connection c;
        try {
            c = db.borrow();
        } catch (SQLException e) {
            throw Tables.unchecked(what, e);
        }
        boolean healthy = false;
        try {
            T result = read.on(c);
            c.rollback(); // ends the read transaction: the next read sees later commits
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw Tables.unchecked(what, e);
        } finally {
            if (healthy) {
                db.release(c);
            } else {
                db.discard(c);
            }
        }
    }

    /** Events matching the query, newest first, one page of them. */
    public Page<EventSummary> events(EventQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.text() != null && !query.text().isBlank()) {
            Set<String> matching;
            try {
                matching = index.matchingEvents(query.text(), TEXT_FILTER_ARTICLES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (matching.isEmpty()) {
                return new Page<>(List.of(), query.page(), query.size(), 0);
            }
            where.append(" AND e.id IN (SELECT value FROM json_each(?))");
            params.add(jsonArray(matching));
        }
        if (query.from() != null) {
            where.append(" AND e.end_day >= ?");
            params.add(query.from().toString());
        }
        if (query.to() != null) {
            where.append(" AND e.start_day <= ?");
            params.add(query.to().toString());
        }
        if (query.outlet() != null && !query.outlet().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM memberships m JOIN articles a ON a.id = m.article_id "
                    + "WHERE m.event_id = e.id AND a.outlet = ?)");
            params.add(query.outlet());
        }
        return read("listing events", c -> {
            long total;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM events e" + where)) {
                bind(p, params);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> paged = new ArrayList<>(params);
            paged.add(query.size());
            paged.add((long) (query.page() - 1) * query.size());
            List<String[]> rows = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.title, e.start_day, e.end_day, "
                    + "e.article_count FROM events e" + where
                    + " ORDER BY e.end_day IS NULL, e.end_day DESC, e.id LIMIT ? OFFSET ?")) {
                bind(p, paged);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                        counts.add(rs.getInt(5));
                    }
                }
            }
            Map<String, Set<String>> outlets = outletsOf(c, rows.stream().map(r -> r[0]).toList());
            List<EventSummary> items = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                items.add(new EventSummary(r[0], r[1], Tables.date(r[2]), Tables.date(r[3]), counts.get(i),
                        List.copyOf(outlets.getOrDefault(r[0], Set.of()))));
            }
            return new Page<>(items, query.page(), query.size(), total);
        });
    }

    /** The outlets of each given event, sorted. */
    private static Map<String, Set<String>> outletsOf(Connection c, List<String> eventIds) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT m.event_id, a.outlet FROM memberships m "
                + "JOIN articles a ON a.id = m.article_id WHERE m.event_id IN (SELECT value FROM json_each(?))")) {
            p.setString(1, jsonArray(eventIds));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
        }
    }

    private static String jsonArray(java.util.Collection<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: writing strings as JSON", e);
        }
    }

    /**
     * One event with everything its dossier page needs: an {@link Analysis} holding only this event, its articles,
     * their annotations and its dossier (so {@code org.parallax.render} can draw it).
     */
    public Optional<Analysis> event(String eventId) {
        return read("reading event " + eventId, c -> {
            Event e = Tables.event(c, eventId);
            if (e == null) {
                return Optional.empty();
            }
            List<Article> articles = new ArrayList<>();
            Map<String, Annotations> annotations = new TreeMap<>();
            for (Tables.ArticleRow row : Tables.members(c, eventId)) {
                articles.add(row.article());
                if (!row.annotations().equals(Annotations.EMPTY)) {
                    annotations.put(row.article().id(), row.annotations());
                }
            }
            articles.sort(Comparator.comparing(Article::id));
            Dossier d = Tables.dossier(c, eventId);
            Map<String, Dossier> dossiers = d == null ? Map.of() : Map.of(eventId, d);
            return Optional.of(new Analysis(articles, List.of(e), List.of(), annotations, dossiers));
        });
    }

    /** One article with its annotations and the id of its event. */
    public Optional<StoredArticle> article(String articleId) {
        return read("reading article " + articleId, c -> {
            Tables.ArticleRow row = Tables.article(c, articleId);
            return row == null ? Optional.empty()
                    : Optional.of(new StoredArticle(row.article(), row.annotations(), row.eventId()));
        });
    }

    /**
     * Full-text search (BM25) over article titles and text and over quotes, best first, with snippets; at most
     * {@code limit} hits, and never more than 1,000. A query that Lucene's syntax cannot parse is searched as plain
     * words; a blank one finds nothing.
     */
    public List<SearchHit> search(String query, int limit) {
        ensureOpenUnchecked();
        try {
            return index.search(query, Math.min(limit, 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every outlet: how many articles it has and which sources its articles cite, by name. */
    public List<OutletSummary> outlets() {
        return read("listing outlets", c -> {
            Map<String, List<OutletSummary.Cited>> cites = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT a.outlet, s.source, COUNT(*) AS n "
                    + "FROM cited_sources s JOIN articles a ON a.id = s.article_id "
                    + "GROUP BY a.outlet, s.source ORDER BY a.outlet, n DESC, s.source");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    cites.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new OutletSummary.Cited(rs.getString(2), rs.getInt(3)));
                }
            }
            List<OutletSummary> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT a.outlet, COUNT(*), COUNT(DISTINCT m.event_id) "
                    + "FROM articles a JOIN memberships m ON m.article_id = a.id GROUP BY a.outlet");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String outlet = rs.getString(1);
                    List<OutletSummary.Cited> cited = new ArrayList<>(cites.getOrDefault(outlet, List.of()));
                    // SQL sorted the ties by SQLite's byte order; sort again so Java's order decides, as elsewhere
                    cited.sort(Comparator.comparingInt(OutletSummary.Cited::articles).reversed()
                            .thenComparing(OutletSummary.Cited::source));
                    out.add(new OutletSummary(outlet, rs.getInt(2), rs.getInt(3), cited));
                }
            }
            out.sort(Comparator.comparing(OutletSummary::outlet));
            return out;
        });
    }

    /** The whole workspace as one analysis (what {@code parallax export} writes as events.json and the report). */
    public Analysis export() {
        return read("exporting the workspace", c -> {
            List<Article> articles = new ArrayList<>();
            Map<String, Annotations> annotations = new TreeMap<>();
            Map<String, List<String>> members = new HashMap<>();
            for (Tables.ArticleRow row : Tables.allArticles(c, true)) {
                articles.add(row.article());
                if (!row.annotations().equals(Annotations.EMPTY)) {
                    annotations.put(row.article().id(), row.annotations());
                }
                members.computeIfAbsent(row.eventId(), k -> new ArrayList<>()).add(row.article().id());
            }
            articles.sort(Comparator.comparing(Article::id));
            List<Event> events = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, title, start_day, end_day FROM events");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<String> ids = new ArrayList<>(members.getOrDefault(rs.getString(1), List.of()));
                    ids.sort(null);
                    events.add(new Event(rs.getString(1), rs.getString(2), ids, Tables.date(rs.getString(3)),
                            Tables.date(rs.getString(4))));
                }
            }
            events.sort(EventClusterer.NEWEST_FIRST);
            Map<String, Dossier> dossiers = new TreeMap<>();
            for (Event e : events) {
                Dossier d = Tables.dossier(c, e.id());
                if (d != null) {
                    dossiers.put(e.id(), d);
                }
            }
            return new Analysis(articles, events, List.of(), annotations, dossiers);
        });
    }

    /** Rebuilds the search index from SQLite. */
    public void reindex() throws IOException {
        writeLock.lock();
        try {
            ensureOpen();
            reindexLocked();
        } finally {
            writeLock.unlock();
        }
    }

    private void reindexLocked() throws IOException {
        try {
            Connection c = db.writer();
            long g = Tables.generation(c);
            index.deleteAll();
            for (Tables.ArticleRow row : Tables.allArticles(c, true)) {
                index.add(row.article(), row.annotations(), row.eventId());
            }
            index.commit(g);
        } catch (SQLException e) {
            throw new WorkspaceException("rebuilding the search index of " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /** A number that changes with every committed write: the basis of ETags. */
    public long generation() {
        return generation.get();
    }

    /** Counts of stored articles and events. */
    public Stats stats() {
        return read("counting", c -> new Stats(Tables.count(c, "articles"), Tables.count(c, "events"),
                Tables.generation(c)));
    }

    private void ensureOpen() throws WorkspaceException {
        if (closed) {
            throw new WorkspaceException("workspace " + dir + " is closed");
        }
    }

    private void ensureOpenUnchecked() {
        if (closed) {
            throw new IllegalStateException("workspace " + dir + " is closed");
        }
    }

    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try (lock; db; index) {
                clusterer = null;
            }
        } finally {
            writeLock.unlock();
        }
    }
}
