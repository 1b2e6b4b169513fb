package org.parallax.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Progress;
import org.parallax.Settings;
import org.parallax.ingest.IngestSettings;
import org.parallax.ingest.Ingestor;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerSettings;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

/**
 * 64 clients on loopback for a bounded time, each mixing reads (event list, an event, an article, a search) with
 * writes ({@code POST /api/v1/articles} of a new article), against one server and workspace. No answer may be a 5xx
 * or fail in transport, every acknowledged article must be readable at once and after the run, none stored twice.
 * The run lasts 5 s by default; {@code -Dparallax.chaos.seconds=N} makes it longer. It prints its figures.
 */
class ConcurrencyTest {
    private static final long SEED = 64L;
    private static final int CLIENTS = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void sixtyFourClientsMixingReadsAndWritesGetNoErrorAndLoseNothing() throws Exception {
        long seconds = Long.getLong("parallax.chaos.seconds", 5);
        Path data = tmp.resolve("data");
        Map<String, String> markers = new ConcurrentHashMap<>();
        List<String> seedIds = GeneratedArticles.ids("c", 0, 60);
        for (int n = 0; n < 60; n++) {
            markers.put(GeneratedArticles.id("c", n), GeneratedArticles.marker("c", n));
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> failures = new CopyOnWriteArrayList<>();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger(1_000);
        long started;
        long elapsed;
        try (Workspace ws = Workspace.open(data, new WorkspaceSettings(Settings.defaults().withAnnotate(false),
                WorkspaceSettings.defaults().maxTextChars()))) {
            Path seed = java.nio.file.Files.writeString(tmp.resolve("seed.jsonl"), GeneratedArticles.lines("c", 0, 60));
            List<org.parallax.model.RawArticle> raw = new ArrayList<>();
            new Ingestor(IngestSettings.defaults()).read(List.of(seed), raw::add, p -> failures.add(p.toString()));
            ws.add(raw, Progress.NONE);
            try (ParallaxServer server = ParallaxServer.start(ws, ServerSettings.defaults()
                    .withAddress("127.0.0.1", 0))) {
                String base = "http://127.0.0.1:" + server.port() + "/api/v1";
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                started = System.nanoTime();
                long deadline = started + seconds * 1_000_000_000L;
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Random random = new Random(SEED + c);
                    Client client = new Client(http, base, random, seedIds, next, markers, acknowledged, failures,
                            latencies);
                    Thread t = new Thread(() -> client.runUntil(deadline), "client" + c);
                    t.start();
                    clients.add(t);
                }
                for (Thread t : clients) {
                    t.join();
                }
                elapsed = System.nanoTime() - started;
            }
            for (String id : acknowledged) {
                assertTrue(ws.article(id).isPresent(), "acknowledged " + id + " is stored");
            }
        }
        System.out.print(figures(latencies, failures.size(), elapsed, acknowledged.size()));
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), "errors");
        List<String> stored = WorkspaceConsistency.check(data, markers);
        assertEquals(stored.size(), new HashSet<>(stored).size(), "no id twice");
        assertEquals(60 + acknowledged.size(), stored.size(), "the seed articles and every acknowledged one");
        assertTrue(acknowledged.size() > 0 && latencies.get("search").size() > 0, "both reads and writes ran");
    }

    /** The table of requests, errors and latency percentiles by kind, as docs/reliability.md shows it. */
    private static String figures(Map<String, List<Long>> latencies, int errors, long elapsedNanos, int writes) {
        StringBuilder b = new StringBuilder(String.format("ConcurrencyTest: %d clients, %.1f s, %d errors, %d "
                + "articles acknowledged%n| kind | requests | p50 ms | p99 ms | max ms |%n|---|---|---|---|---|%n",
                CLIENTS, elapsedNanos / 1e9, errors, writes));
        long total = 0;
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            total += l.size();
            b.append(String.format("| %s | %d | %.1f | %.1f | %.1f |%n", e.getKey(), l.size(),
                    l.get(l.size() / 2) / 1e6, l.get(Math.min(l.size() - 1, (int) (l.size() * 0.99))) / 1e6,
                    l.get(l.size() - 1) / 1e6));
        }
        return b.append(String.format("| all | %d (%.0f/s) | | | |%n", total, total / (elapsedNanos / 1e9)))
                .toString();
    }

    /** One client: a seeded mix of requests until the deadline. */
    private record Client(HttpClient http, String base, Random random, List<String> seedIds, AtomicInteger next,
                          Map<String, String> markers, Set<String> acknowledged, List<String> failures,
                          Map<String, List<Long>> latencies) {

        void runUntil(long deadline) {
            List<String> mine = new ArrayList<>();
            List<String> eventIds = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                int roll = random.nextInt(100);
                try {
                    if (roll < 20) {
                        write(mine);
                    } else if (roll < 40) {
                        JsonNode list = read("events", "/events?page=" + (1 + random.nextInt(2)), 200);
                        if (list != null) {
                            list.get("items").forEach(e -> eventIds.add(e.get("id").asText()));
                        }
                    } else if (roll < 60 && !eventIds.isEmpty()) {
                        read("event", "/events/" + enc(eventIds.get(random.nextInt(eventIds.size()))), 200);
                    } else if (roll < 80) {
                        // own writes must be readable at once; otherwise a seed article
                        String id = !mine.isEmpty() && random.nextBoolean() ? mine.get(random.nextInt(mine.size()))
                                : seedIds.get(random.nextInt(seedIds.size()));
                        read("article", "/articles/" + enc(id), 200);
                    } else {
                        int n = random.nextInt(seedIds.size());
                        JsonNode hits = read("search", "/search?q=" + enc(GeneratedArticles.marker("c", n)), 200);
                        if (hits != null && !hits.toString().contains("\"" + GeneratedArticles.id("c", n) + "\"")) {
                            failures.add("search for c-" + n + " missed it: " + hits);
                        }
                    }
                } catch (IOException e) {
                    failures.add("transport: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void write(List<String> mine) throws IOException, InterruptedException {
            int n = next.getAndIncrement();
            markers.put(GeneratedArticles.id("c", n), GeneratedArticles.marker("c", n));
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/articles"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(GeneratedArticles.record("c", n))).build(),
                    HttpResponse.BodyHandlers.ofString());
            note("post", t);
            if (r.statusCode() != 201) {
                failures.add("POST c-" + n + ": " + r.statusCode() + " " + r.body());
                return;
            }
            String id = JSON.readTree(r.body()).get("results").get(0).get("articleId").asText();
            acknowledged.add(id);
            mine.add(id);
        }

        private JsonNode read(String kind, String path, int expected) throws IOException, InterruptedException {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            note(kind, t);
            if (r.statusCode() != expected) {
                failures.add("GET " + path + ": " + r.statusCode() + " " + r.body());
                return null;
            }
            return JSON.readTree(r.body());
        }

        private void note(String kind, long startNanos) {
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(System.nanoTime() - startNanos);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
