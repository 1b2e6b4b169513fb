package org.parallax.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.parallax.Progress;
import org.parallax.model.Analysis;
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
 */
public final class Workspace implements AutoCloseable {

    /**
     * Opens (or creates) the workspace in {@code dir}.
     *
     * @throws WorkspaceException when the folder is in use by another process, is not a workspace, or its schema is
     *                            newer than this version understands; the message says what to do
     */
    public static Workspace open(Path dir, WorkspaceSettings settings) throws IOException {
        throw new UnsupportedOperationException("not yet");
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
        throw new UnsupportedOperationException("not yet");
    }

    /** Events matching the query, newest first, one page of them. */
    public Page<EventSummary> events(EventQuery query) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * One event with everything its dossier page needs: an {@link Analysis} holding only this event, its articles,
     * their annotations and its dossier (so {@code org.parallax.render} can draw it).
     */
    public Optional<Analysis> event(String eventId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** One article with its annotations and the id of its event. */
    public Optional<StoredArticle> article(String articleId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Full-text search (BM25) over article titles and text and over quotes, best first, with snippets. */
    public List<SearchHit> search(String query, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every outlet: how many articles it has and which sources its articles cite, by name. */
    public List<OutletSummary> outlets() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The whole workspace as one analysis (what {@code parallax export} writes as events.json and the report). */
    public Analysis export() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Rebuilds the search index from SQLite. */
    public void reindex() throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** A number that changes with every committed write: the basis of ETags. */
    public long generation() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Counts of stored articles and events. */
    public Stats stats() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() throws IOException {
    }
}
