package org.parallax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.parallax.clean.Cleaner;
import org.parallax.cluster.EventClusterer;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * The entry point: runs the pipeline (ingest, clean, cluster) over files and folders and returns the analysis,
 * which {@link org.parallax.render.Reports} writes out.
 *
 * <pre>{@code
 * Analysis analysis = Parallax.analyze(List.of(Path.of("articles/")), Settings.defaults());
 * Reports.writeAll(analysis, Path.of("parallax-out"));
 * }</pre>
 */
public final class Parallax {
    private Parallax() {
    }

    /** Analyses the articles under {@code inputs} with the given settings, reporting no progress. */
    public static Analysis analyze(List<Path> inputs, Settings settings) {
        return analyze(inputs, settings, Progress.NONE);
    }

    /**
     * Analyses the articles under {@code inputs}: reads them, cleans them, and groups them into events.
     * Bad input never throws: it is skipped and listed in {@link Analysis#problems()}.
     */
    public static Analysis analyze(List<Path> inputs, Settings settings, Progress progress) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<RawArticle> raw = new ArrayList<>();
        AtomicLong read = new AtomicLong();
        new Ingestor(settings.ingest()).read(inputs, a -> {
            raw.add(a);
            progress.update("reading", read.incrementAndGet(), -1);
        }, problems::add);
        List<Article> articles = new ArrayList<>(clean(dropDuplicateIds(raw, problems), settings.threads(), progress));
        articles.sort(Comparator.comparing(Article::id));
        progress.update("clustering", 0, articles.size());
        List<Event> events = EventClusterer.cluster(articles, settings.cluster());
        progress.update("clustering", articles.size(), articles.size());
        return new Analysis(articles, events, problems);
    }

    /** Cleans every article, in parallel, keeping input order. */
    static List<Article> clean(List<RawArticle> raw, int threads, Progress progress) {
        Cleaner cleaner = new Cleaner();
        if (threads == 1 || raw.size() < 2) {
            List<Article> out = new ArrayList<>(raw.size());
            for (RawArticle r : raw) {
                out.add(cleaner.clean(r));
                progress.update("cleaning", out.size(), raw.size());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong done = new AtomicLong();
            List<Future<Article>> futures = new ArrayList<>(raw.size());
            for (RawArticle r : raw) {
                futures.add(pool.submit(() -> {
                    Article a = cleaner.clean(r);
                    progress.update("cleaning", done.incrementAndGet(), raw.size());
                    return a;
                }));
            }
            List<Article> out = new ArrayList<>(raw.size());
            for (Future<Article> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cleaning", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cleaning failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Keeps the first article of each id (in input order) and reports the others, naming their files, so ids stay
     * unique in the output.
     */
    static List<RawArticle> dropDuplicateIds(List<RawArticle> articles, List<Problem> problems) {
        Map<String, RawArticle> byId = new LinkedHashMap<>();
        for (RawArticle a : articles) {
            RawArticle first = byId.putIfAbsent(a.id(), a);
            if (first != null) {
                problems.add(Problem.skipped(a.origin(), 0, "duplicate article id '" + a.id() + "' (also in "
                        + first.origin() + "): rename the file or give the JSON record another id"));
            }
        }
        return new ArrayList<>(byId.values());
    }
}
