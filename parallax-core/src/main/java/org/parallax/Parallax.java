package org.parallax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.parallax.annotate.Annotator;
import org.parallax.clean.Cleaner;
import org.parallax.compare.Coverage;
import org.parallax.compare.DossierBuilder;
import org.parallax.cluster.EventClusterer;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * The entry point: runs the pipeline (ingest, clean, annotate, cluster, compare) over files and folders and returns the analysis,
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
     * Analyses the articles under {@code inputs}: reads them, cleans them, annotates them (when the settings say
     * so), groups them into events and compares each event's coverage (when annotated). Bad input never throws: it is skipped and listed in
     * {@link Analysis#problems()}.
     */
    public static Analysis analyze(List<Path> inputs, Settings settings, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> raw = new ArrayList<>();
        AtomicLong read = new AtomicLong();
        new Ingestor(settings.ingest()).read(inputs, a -> {
            raw.add(a);
            progress.update("reading", read.incrementAndGet(), -1);
        }, problems::add);
        Cleaner cleaner = new Cleaner();
        List<Article> articles = new ArrayList<>(parallel(dropDuplicateIds(raw, problems), cleaner::clean,
                settings.threads(), "cleaning", progress));
        articles.sort(Comparator.comparing(Article::id));
        Map<String, Annotations> annotations = settings.annotate()
                ? annotate(articles, new Annotator(), settings.threads(), problems, progress)
                : Map.of();
        progress.update("clustering", 0, articles.size());
        List<Event> events = EventClusterer.cluster(articles, settings.cluster());
        progress.update("clustering", articles.size(), articles.size());
        Map<String, Dossier> dossiers = settings.annotate()
                ? compare(events, articles, annotations, new DossierBuilder(), settings.threads(), progress)
                : Map.of();
        return new Analysis(articles, events, problems, annotations, dossiers);
    }

    /**
     * Annotates articles in parallel, as {@link #analyze} does; warnings are added to {@code problems} in article
     * order, whatever the threads. For callers that add articles bit by bit (the workspace).
     *
     * @return the annotations by article id
     */
    public static Map<String, Annotations> annotateAll(List<Article> articles, Annotator annotator, int threads,
                                                       List<Problem> problems, Progress progress) {
        return annotate(articles, annotator, threads, problems, progress);
    }

    /**
     * Builds the dossier of every given event with two or more articles, in parallel, as {@link #analyze} does.
     *
     * @param articles    every member of those events (others are ignored)
     * @param annotations the members' annotations, by article id (missing ones count as not annotated)
     * @return the dossiers by event id
     */
    public static Map<String, Dossier> compareAll(List<Event> events, List<Article> articles,
                                                  Map<String, Annotations> annotations, DossierBuilder builder,
                                                  int threads, Progress progress) {
        return compare(events, articles, annotations, builder, threads, progress);
    }

    /** Builds the dossier of every event with two or more articles, in parallel; by event id. */
    static Map<String, Dossier> compare(List<Event> events, List<Article> articles,
                                        Map<String, Annotations> annotations, DossierBuilder builder, int threads,
                                        Progress progress) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<Event> compared = events.stream().filter(e -> e.articleIds().size() > 1).toList();
        List<Dossier> built = parallel(compared, e -> builder.build(coverage(e, byId, annotations)), threads,
                "comparing", progress);
        Map<String, Dossier> out = new TreeMap<>();
        for (int i = 0; i < compared.size(); i++) {
            out.put(compared.get(i).id(), built.get(i));
        }
        return out;
    }

    private static Coverage coverage(Event e, Map<String, Article> byId, Map<String, Annotations> annotations) {
        List<Article> members = e.articleIds().stream().map(byId::get).toList();
        Map<String, Annotations> own = new HashMap<>();
        for (String id : e.articleIds()) {
            own.put(id, annotations.getOrDefault(id, Annotations.EMPTY));
        }
        return new Coverage(e, members, own);
    }

    /** Annotates every article; warnings are added to {@code problems} in article order, whatever the threads. */
    static Map<String, Annotations> annotate(List<Article> articles, Annotator annotator, int threads,
                                             List<Problem> problems, Progress progress) {
        record Annotated(Annotations annotations, List<Problem> problems) {
        }
        List<Annotated> done = parallel(articles, a -> {
            List<Problem> own = new ArrayList<>(1);
            return new Annotated(annotator.annotate(a, own::add), own);
        }, threads, "annotating", progress);
        Map<String, Annotations> byId = new TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byId.put(articles.get(i).id(), done.get(i).annotations());
            problems.addAll(done.get(i).problems());
        }
        return byId;
    }

    /** Applies {@code work} to every item on {@code threads} threads, returning the results in input order. */
    static <T, R> List<R> parallel(List<T> items, Function<T, R> work, int threads, String stage,
                                   Progress progress) {
        AtomicLong done = new AtomicLong();
        Function<T, R> counted = item -> {
            R r = work.apply(item);
            progress.update(stage, done.incrementAndGet(), items.size());
            return r;
        };
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(counted).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> counted.apply(item)));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(stage + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(stage + " failed: " + e.getCause(), e.getCause());
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
