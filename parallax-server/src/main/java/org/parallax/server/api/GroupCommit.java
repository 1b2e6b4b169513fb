package org.parallax.server.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.parallax.Progress;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;
import org.parallax.store.AddResult;
import org.parallax.store.Workspace;

/**
 * Adds the articles of concurrent uploads to the workspace in shared writes. A workspace write costs two disk syncs
 * (the SQLite commit, then the search index's) whatever its size, and writes go one at a time; so uploads that
 * arrive while a write is running wait for it and then go together in the next one, instead of each paying its own
 * syncs in turn (classic group commit). No thread of its own: whichever waiting upload gets the write lock first
 * writes everything queued so far, its own included, and hands each upload its part of the result.
 *
 * <p>Articles of different uploads in one write behave as if sent one after the other in arrival order: a later one
 * with the same URL or text as an earlier one is a duplicate of it.
 */
final class GroupCommit {
    /** Most articles in one shared write, so one write never holds the lock for very long. */
    static final int MAX_ARTICLES = 2_000;

    private final Workspace workspace;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final Object writeLock = new Object();

    GroupCommit(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Adds {@code articles} (in a write shared with other uploads) and returns what became of each, in order. */
    AddResult add(List<RawArticle> articles) throws IOException {
        Pending mine = new Pending(List.copyOf(articles));
        queue.add(mine);
        synchronized (writeLock) {
            while (!mine.done) {
                writeQueued();
            }
        }
        if (mine.failure != null) {
            throw new IOException("the workspace could not store the articles: " + mine.failure.getMessage(),
                    mine.failure);
        }
        return mine.result;
    }

    /** Writes the oldest queued uploads, up to {@link #MAX_ARTICLES} articles (at least one upload), in one add. */
    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        List<RawArticle> all = new ArrayList<>();
        for (Pending p = queue.peek(); p != null; p = queue.peek()) {
            if (!batch.isEmpty() && all.size() + p.articles.size() > MAX_ARTICLES) {
                break;
            }
            queue.poll();
            batch.add(p);
            all.addAll(p.articles);
        }
        try {
            split(batch, workspace.add(all, Progress.NONE));
        } catch (IOException | RuntimeException e) {
            for (Pending p : batch) {
                p.failure = e;
                p.done = true;
            }
        }
    }

    /** Hands each upload its outcomes (in order), the problems of its own articles and the events they touched. */
    private static void split(List<Pending> batch, AddResult shared) {
        int from = 0;
        for (Pending p : batch) {
            List<AddResult.Outcome> outcomes = shared.outcomes().subList(from, from + p.articles.size());
            from += p.articles.size();
            TreeSet<String> touched = new TreeSet<>();
            for (AddResult.Outcome o : outcomes) {
                if (o.status() == AddResult.Status.ADDED && o.eventId() != null) {
                    touched.add(o.eventId());
                }
            }
            p.result = new AddResult(outcomes, problemsOf(p.articles, shared.problems()), List.copyOf(touched));
            p.done = true;
        }
    }

    private static List<Problem> problemsOf(List<RawArticle> articles, List<Problem> problems) {
        List<Problem> own = new ArrayList<>();
        for (Problem problem : problems) {
            if (articles.stream().anyMatch(a -> a.origin().equals(problem.source()))) {
                own.add(problem);
            }
        }
        return own;
    }

    /** One upload waiting for its write; fields are guarded by the write lock. */
    private static final class Pending {
        final List<RawArticle> articles;
        boolean done;
        AddResult result;
        Exception failure;

        Pending(List<RawArticle> articles) {
            this.articles = articles;
        }
    }
}
