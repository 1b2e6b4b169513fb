package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parallax.Progress;
import org.parallax.fetch.FetchListener;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.PageCollector;
import org.parallax.fetch.WorkspaceFetchLog;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;
import org.parallax.store.AddResult;
import org.parallax.store.Stats;
import org.parallax.store.Workspace;

/**
 * What {@code fetch} and {@code watch} share while they run: the open workspace and its fetch log, the fetcher, and
 * the tally of what happened, printed line by line on stderr as it happens and summed up at the end.
 */
final class FetchSession implements FetchListener, AutoCloseable {
    private static final String KNOWN = "already fetched";

    private final Workspace workspace;
    private final WorkspaceFetchLog log;
    private final Fetcher fetcher;
    private final PageCollector pages;
    private final PrintWriter err;
    private int feeds;
    private int unchanged;
    private int fetched;
    private int known;
    private int failed;
    private int added;
    private int duplicates;
    private int rejected;
    private final Map<String, Integer> skipReasons = new TreeMap<>();
    /** Guards {@link #storing} and {@link #stopRequested}, shared with the Ctrl-C hook's thread. */
    private final Object stopLock = new Object();
    private boolean storing;
    private boolean stopRequested;
    private Thread hook;

    FetchSession(FetchOptions options, PrintWriter err) throws IOException {
        this.err = err;
        this.workspace = Workspace.open(options.data, options.workspaceSettings());
        try {
            this.log = WorkspaceFetchLog.of(workspace);
        } catch (IOException | RuntimeException e) {
            workspace.close();
            throw e;
        }
        this.fetcher = new Fetcher(options.fetchSettings());
        this.pages = new PageCollector(fetcher, log, Clock.systemUTC(),
                options.workspaceSettings().pipeline().ingest());
    }

    Fetcher fetcher() {
        return fetcher;
    }

    WorkspaceFetchLog log() {
        return log;
    }

    PageCollector pages() {
        return pages;
    }

    /**
     * Adds articles to the workspace and counts what it made of them. The thread's interrupt flag is cleared for the
     * time of the write and Ctrl-C waits for it: the search index writes through interruptible file channels, which
     * an interrupt would close mid-write.
     */
    void store(List<RawArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        synchronized (stopLock) {
            storing = true;
            Thread.interrupted();
        }
        try {
            add(articles);
        } finally {
            synchronized (stopLock) {
                storing = false;
                if (stopRequested) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * On Ctrl-C, stops the work of {@code worker} (interrupting a fetch or a wait, never a write to the workspace)
     * and waits for it to close the workspace, so its lock is released and its index committed, before the JVM
     * exits. Undone by {@link #close()}.
     */
    void stopOnCtrlC(Thread worker, long graceMillis) {
        hook = new Thread(() -> {
            synchronized (stopLock) {
                stopRequested = true;
                if (!storing) {
                    worker.interrupt();
                }
            }
            try {
                worker.join(graceMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parallax-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** True once Ctrl-C was pressed. */
    boolean stopRequested() {
        synchronized (stopLock) {
            return stopRequested;
        }
    }

    private void add(List<RawArticle> articles) {
        try {
            AddResult result = workspace.add(articles, Progress.NONE);
            for (AddResult.Outcome o : result.outcomes()) {
                switch (o.status()) {
                    case ADDED -> added++;
                    case DUPLICATE -> duplicates++;
                    case REJECTED -> rejected++;
                }
            }
            for (Problem p : result.problems()) {
                err.println(p);
            }
        } catch (IOException e) {
            rejected += articles.size();
            err.println("parallax: could not add " + articles.size() + " article(s) to the workspace: "
                    + e.getMessage());
        }
        err.flush();
    }

    @Override
    public void feedPolled(String feedUrl, int items, int fresh) {
        feeds++;
        line("feed " + feedUrl + ": " + items + " items, " + fresh + " new");
    }

    @Override
    public void feedUnchanged(String feedUrl) {
        feeds++;
        unchanged++;
        line("feed " + feedUrl + ": not modified");
    }

    @Override
    public void fetched(String url, RawArticle article) {
        fetched++;
        line("fetched " + url + (article.title() == null ? "" : " (" + article.title() + ")"));
    }

    @Override
    public void skipped(String url, String reason) {
        if (KNOWN.equals(reason)) {
            known++;
        } else if (!reason.startsWith("same ")) {
            failed++;
        }
        skipReasons.merge(reason.startsWith("same canonical URL") ? "same canonical URL" : reason, 1,
                Integer::sum);
        line("skipped " + url + ": " + reason);
    }

    /** Lines for problems met before fetching (feed lists that could not be read). */
    void problem(Problem p) {
        failed++;
        line(p.toString());
    }

    /** True when something could not be fetched or read (not counting pages already known). */
    boolean hadFailures() {
        return failed > 0;
    }

    /** The summary: what was fetched and skipped, what the workspace made of it, and what it now holds. */
    void printSummary(PrintWriter out) {
        if (feeds > 0) {
            out.printf("%d feed poll(s), %d not modified%n", feeds, unchanged);
        }
        out.printf("%d page(s) fetched, %d already fetched, %d skipped%n", fetched, known,
                skipReasons.values().stream().mapToInt(Integer::intValue).sum() - known);
        skipReasons.forEach((reason, n) -> {
            if (!KNOWN.equals(reason)) {
                out.printf("  %d x %s%n", n, reason);
            }
        });
        out.printf("%d added, %d duplicates, %d rejected%n", added, duplicates, rejected);
        Stats stats = workspace.stats();
        out.printf("Workspace: %s (%d articles, %d events)%n", workspace.dir().toAbsolutePath().normalize(),
                stats.articles(), stats.events());
        out.flush();
    }

    private void line(String s) {
        err.println(s);
        err.flush();
    }

    @Override
    public void close() throws IOException {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running and waits for this close
            }
        }
        // Closing commits the search index, which an interrupted thread could not write.
        Thread.interrupted();
        try {
            log.close();
        } finally {
            workspace.close();
        }
    }
}
