package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.parallax.Progress;
import org.parallax.Settings;
import org.parallax.eval.SyntheticNews;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;
import org.parallax.store.EventQuery;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax bench store}: how long a workspace takes to take a batch, to restore its clusterer after a
 * reopen, to take single articles, and to answer searches, on synthetic articles without annotation.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Measures the workspace on synthetic articles (annotation off): adding N articles to an empty "
                + "workspace in one batch; after a reopen, the first single-article add (which restores the "
                + "clusterer from SQLite) and the next ones; searches and event-list pages.",
                "Each size runs once in a temporary folder, deleted afterwards."})
final class BenchStoreCommand implements Callable<Integer> {
    private static final int SINGLE_ADDS = 50;
    private static final int READS = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,10000",
            description = "Articles in the workspace (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261125",
            description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%8s %12s %12s %14s %14s %12s %12s%n", "articles", "batch s", "articles/s", "restore+add ms",
                "next add ms", "search ms", "events ms");
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("parallax-bench-store");
            try {
                out.println(measure(n, dir));
                out.flush();
            } finally {
                delete(dir);
            }
        }
        return 0;
    }

    private String measure(int n, Path dir) throws IOException {
        List<Article> articles = new SyntheticNews(seed).generate(n + SINGLE_ADDS).articles();
        List<RawArticle> raw = articles.stream().map(BenchStoreCommand::raw).toList();
        WorkspaceSettings settings = new WorkspaceSettings(Settings.defaults().withAnnotate(false), 1_000_000);
        double batch;
        try (Workspace ws = Workspace.open(dir, settings)) {
            long t0 = System.nanoTime();
            ws.add(raw.subList(0, n), Progress.NONE);
            batch = (System.nanoTime() - t0) / 1e9;
        }
        double first;
        double[] next = new double[SINGLE_ADDS - 1];
        double[] search = new double[READS];
        double[] events = new double[READS];
        try (Workspace ws = Workspace.open(dir, settings)) {
            long t0 = System.nanoTime();
            ws.add(List.of(raw.get(n)), Progress.NONE);
            first = (System.nanoTime() - t0) / 1e6;
            for (int i = 1; i < SINGLE_ADDS; i++) {
                long t = System.nanoTime();
                ws.add(List.of(raw.get(n + i)), Progress.NONE);
                next[i - 1] = (System.nanoTime() - t) / 1e6;
            }
            for (int i = 0; i < READS; i++) {
                String word = firstWord(articles.get(i % n).title());
                long t = System.nanoTime();
                ws.search(word, 20);
                search[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                ws.events(new EventQuery(null, null, null, null, 1 + i % 5, 20));
                events[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return String.format(Locale.ROOT, "%8d %12.2f %12.0f %14.0f %14.1f %12.2f %12.2f", n, batch, n / batch,
                first, median(next), median(search), median(events));
    }

    private static RawArticle raw(Article a) {
        return new RawArticle(a.id(), "synthetic/" + a.id(), SourceFormat.JSON, a.title(), a.author(),
                a.published(), a.url(), a.outlet(), a.language(), a.text());
    }

    private static String firstWord(String title) {
        return title == null || title.isBlank() ? "the" : title.strip().split("\\s+")[0];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
