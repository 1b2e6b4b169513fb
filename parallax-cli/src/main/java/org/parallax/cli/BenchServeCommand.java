package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.parallax.Progress;
import org.parallax.Settings;
import org.parallax.eval.SyntheticNews;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerSettings;
import org.parallax.store.EventQuery;
import org.parallax.store.EventSummary;
import org.parallax.store.Page;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax bench serve}: read latency of the server under concurrent clients. Fills a temporary workspace
 * with synthetic articles, serves it on loopback, and lets N clients (one thread and one HTTP connection each) ask
 * for random dossiers ({@code GET /api/v1/events/{id}}) and searches ({@code GET /api/v1/search?q=}, words from the
 * corpus's titles) as fast as they can; reports latency percentiles and throughput per route.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Measures the server's read latency: fills a temporary workspace with synthetic articles "
                + "(annotation off unless --annotate, so dossiers hold only what needs no annotation), serves it on "
                + "127.0.0.1 and runs N concurrent clients against GET /api/v1/events/{id} and GET /api/v1/search.",
                "Prints p50/p90/p99/max latency and requests/s per route, after a first pass in which every "
                        + "request is a response-cache miss."})
final class BenchServeCommand implements Callable<Integer> {
    private static final String EVENT_ROUTE = "GET /api/v1/events/{id}";
    private static final String SEARCH_ROUTE = "GET /api/v1/search?q=";
    private static final int COLD_REQUESTS = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Synthetic articles in the workspace (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "30",
            description = "Measured seconds, after a warm-up of a fifth of that (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--annotate", description = "Annotate the articles (slow to fill; fuller dossiers).")
    boolean annotate;

    @Option(names = "--no-cache", description = "Turn the server's response cache off.")
    boolean noCache;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261125",
            description = "Seed of the corpus and of the clients' choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        if (articles < 1 || clients < 1 || seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--articles, --clients and --seconds must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench serve: %d synthetic articles (seed %d, annotation %s), %d clients, %d s "
                + "measured; %d core(s), Java %s, %s %s, max heap %d MiB%n", articles, seed, annotate ? "on" : "off",
                clients, seconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        SyntheticNews.Corpus corpus = new SyntheticNews(seed).generate(articles);
        Path dir = Files.createTempDirectory("parallax-bench-serve-");
        try {
            run(corpus, dir, out);
        } finally {
            delete(dir);
        }
        return 0;
    }

    private void run(SyntheticNews.Corpus corpus, Path dir, PrintWriter out)
            throws IOException, InterruptedException, ExecutionException {
        WorkspaceSettings ws = new WorkspaceSettings(Settings.defaults().withAnnotate(annotate),
                WorkspaceSettings.defaults().maxTextChars());
        ServerSettings settings = ServerSettings.defaults().withAddress("127.0.0.1", 0)
                .withCacheBytes(noCache ? 0 : ServerSettings.defaults().cacheBytes());
        try (Workspace workspace = Workspace.open(dir, ws);
             ParallaxServer server = ParallaxServer.start(workspace, settings)) {
            long t0 = System.nanoTime();
            workspace.add(corpus.articles().stream().map(BenchServeCommand::raw).toList(), Progress.NONE);
            var stats = workspace.stats();
            out.printf(Locale.ROOT, "filled the workspace in %.1f s: %d articles, %d events; response cache %s%n",
                    (System.nanoTime() - t0) / 1e9, stats.articles(), stats.events(), noCache ? "off" : "on");
            out.flush();
            List<String> eventIds = eventIds(workspace);
            List<String> terms = terms(corpus.articles());
            String base = "http://127.0.0.1:" + server.port();

            out.println();
            int n = Math.min(COLD_REQUESTS, eventIds.size());
            out.println("first pass, one client, every request a cache miss (" + n + " per route, the JVM still "
                    + "warming up):");
            sequential(base, eventIds, terms, 0).print(out, 0);

            int warmup = Math.max(1, seconds / 5);
            load(base, eventIds, terms, warmup, seed);
            long cpu0 = BenchCommand.processCpuNanos();
            Recorder measured = load(base, eventIds, terms, seconds, seed + 1);
            double cpuMs = (BenchCommand.processCpuNanos() - cpu0) / 1e6;
            out.println();
            out.printf(Locale.ROOT, "%d clients for %d s after a %d s warm-up (%d distinct event ids, %d distinct "
                    + "search terms, drawn uniformly):%n", clients, seconds, warmup, eventIds.size(), terms.size());
            measured.print(out, seconds);
            out.printf(Locale.ROOT, "process CPU (server and clients together): %.2f ms per request, %.0f%% of "
                    + "the %d core(s); system load average at the end %.1f%n", cpuMs / Math.max(1, measured.total()),
                    100 * cpuMs / (seconds * 1000.0 * Runtime.getRuntime().availableProcessors()),
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            try (ParallaxServer uncached = ParallaxServer.start(workspace, settings.withCacheBytes(0))) {
                out.println();
                out.println("after the load, one client against a second server on the same workspace without the "
                        + "response cache (" + n + " per route):");
                sequential("http://127.0.0.1:" + uncached.port(), eventIds, terms, 1).print(out, 0);
            }
        }
    }

    /**
     * One client reading {@link #COLD_REQUESTS} events, then as many searches, one after the other (search words
     * picked with stride 7 from {@code offset}); notes the process CPU time each route took.
     */
    private static Recorder sequential(String base, List<String> eventIds, List<String> terms, int offset) {
        Recorder r = new Recorder();
        HttpClient http = client();
        int n = Math.min(COLD_REQUESTS, eventIds.size());
        long c0 = BenchCommand.processCpuNanos();
        for (int i = 0; i < n; i++) {
            r.time(EVENT_ROUTE, http, base + "/api/v1/events/" + eventIds.get((i + offset * n) % eventIds.size()));
        }
        long c1 = BenchCommand.processCpuNanos();
        for (int i = 0; i < n; i++) {
            r.time(SEARCH_ROUTE, http, base + "/api/v1/search?q=" + encode(terms.get((i * 7 + offset) % terms.size())));
        }
        r.cpuMsPerRequest(EVENT_ROUTE, (c1 - c0) / 1e6 / n);
        r.cpuMsPerRequest(SEARCH_ROUTE, (BenchCommand.processCpuNanos() - c1) / 1e6 / n);
        return r;
    }

    /** Runs the clients for {@code secs} seconds and returns their timings. */
    private Recorder load(String base, List<String> eventIds, List<String> terms, int secs, long runSeed)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long until = System.nanoTime() + secs * 1_000_000_000L;
            List<Future<Recorder>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(runSeed * 1_000 + c);
                futures.add(pool.submit(() -> {
                    Recorder r = new Recorder();
                    HttpClient http = client();
                    while (System.nanoTime() < until) {
                        if (random.nextBoolean()) {
                            r.time(EVENT_ROUTE, http,
                                    base + "/api/v1/events/" + eventIds.get(random.nextInt(eventIds.size())));
                        } else {
                            r.time(SEARCH_ROUTE, http,
                                    base + "/api/v1/search?q=" + encode(terms.get(random.nextInt(terms.size()))));
                        }
                    }
                    return r;
                }));
            }
            Recorder all = new Recorder();
            for (Future<Recorder> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Every event id, newest first. */
    private static List<String> eventIds(Workspace workspace) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<EventSummary> p = workspace.events(new EventQuery(null, null, null, null, page, 100));
            p.items().forEach(e -> ids.add(e.id()));
            if (!p.hasNext()) {
                return ids;
            }
        }
    }

    /** Search terms: the distinct words of the titles, in sorted order (so the same corpus gives the same list). */
    static List<String> terms(List<Article> articles) {
        TreeSet<String> words = new TreeSet<>();
        for (Article a : articles) {
            if (a.title() == null) {
                continue;
            }
            for (String w : a.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 4) {
                    words.add(w);
                }
            }
        }
        return words.isEmpty() ? List.of("news") : List.copyOf(words);
    }

    /** A synthetic article as a JSON record would give it. */
    static RawArticle raw(Article a) {
        return new RawArticle(a.id(), "bench:" + a.id(), SourceFormat.JSON, a.title(), a.author(), a.published(),
                a.url(), a.outlet(), a.language(), a.text());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Latencies per route, in nanoseconds, and the requests that did not answer 200. */
    static final class Recorder {
        private final Map<String, long[]> latencies = new TreeMap<>();
        private final Map<String, Integer> counts = new TreeMap<>();
        private final Map<String, Integer> errors = new TreeMap<>();
        private final Map<String, Double> cpuMs = new TreeMap<>();

        /** Notes the process CPU time one request of {@code route} took, on average. */
        void cpuMsPerRequest(String route, double ms) {
            cpuMs.put(route, ms);
        }

        /** Sends one GET and records how long the whole exchange took. */
        void time(String route, HttpClient http, String url) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
            long t0 = System.nanoTime();
            boolean ok;
            try {
                ok = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            record(route, System.nanoTime() - t0, ok);
        }

        void record(String route, long nanos, boolean ok) {
            int n = counts.merge(route, 1, Integer::sum);
            long[] a = latencies.computeIfAbsent(route, k -> new long[1024]);
            if (n > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
                latencies.put(route, a);
            }
            a[n - 1] = nanos;
            if (!ok) {
                errors.merge(route, 1, Integer::sum);
            }
        }

        /** Requests recorded over all routes. */
        long total() {
            return counts.values().stream().mapToLong(Integer::longValue).sum();
        }

        void addAll(Recorder other) {
            for (var e : other.counts.entrySet()) {
                long[] a = other.latencies.get(e.getKey());
                for (int i = 0; i < e.getValue(); i++) {
                    record(e.getKey(), a[i], true);
                }
                errors.merge(e.getKey(), other.errors.getOrDefault(e.getKey(), 0), Integer::sum);
            }
        }

        /** The table; requests/s only when {@code seconds} is known. */
        void print(PrintWriter out, int seconds) {
            out.printf(Locale.ROOT, "  %-26s %9s %9s %8s %8s %8s %8s %7s%s%n", "route", "requests", "req/s", "p50 ms",
                    "p90 ms", "p99 ms", "max ms", "errors", cpuMs.isEmpty() ? "" : "  CPU ms/request");
            for (var e : counts.entrySet()) {
                long[] sorted = Arrays.copyOf(latencies.get(e.getKey()), e.getValue());
                Arrays.sort(sorted);
                Double cpu = cpuMs.get(e.getKey());
                out.printf(Locale.ROOT, "  %-26s %9d %9s %8.2f %8.2f %8.2f %8.2f %7d%s%n", e.getKey(), sorted.length,
                        seconds > 0 ? String.format(Locale.ROOT, "%.0f", sorted.length / (double) seconds) : "-",
                        ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)),
                        ms(sorted[sorted.length - 1]), errors.getOrDefault(e.getKey(), 0),
                        cpu == null ? "" : String.format(Locale.ROOT, "  %15.2f", cpu));
            }
            out.flush();
        }

        /** The nearest-rank percentile of sorted values. */
        static long percentile(long[] sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }
}
