package org.parallax.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random moments (from a fixed seed) of {@code analyze --data} and of {@code serve} under a stream of
 * {@code POST /api/v1/articles}; after each kill the workspace must open in this process and be consistent
 * ({@link WorkspaceConsistency}), no acknowledged article may be missing and none stored twice.
 */
class KillTest {
    private static final long SEED = 8_2033L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void analyzeKilledAtRandomMomentsLosesAndDuplicatesNothing() throws Exception {
        Random random = new Random(SEED);
        int batches = 4;
        int perBatch = 100;
        List<String> inputs = new ArrayList<>();
        Map<String, String> markers = new HashMap<>();
        for (int b = 0; b < batches; b++) {
            Path dir = tmp.resolve("in/batch" + b);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("articles.jsonl"), GeneratedArticles.lines("k", b * perBatch,
                    (b + 1) * perBatch), StandardCharsets.UTF_8);
            inputs.add(dir.toString());
        }
        for (int n = 0; n < batches * perBatch; n++) {
            markers.put(GeneratedArticles.id("k", n), GeneratedArticles.marker("k", n));
        }
        Path data = tmp.resolve("data");
        Set<String> all = new HashSet<>(markers.keySet());
        // how long a complete run takes here and now (machines differ, and so does their load): kills are drawn
        // within that time, so that they land in startup, reading, clustering and writing alike
        long reference = timeCompleteRun(inputs, tmp.resolve("reference"));
        int killed = 0;
        // rounds until three runs were killed mid-way (at most ten): a run that finished first does not count
        for (int round = 0; round < 10 && killed < 3; round++) {
            // each run reads the batches so far (earlier ones again: duplicates) plus a new one
            List<String> args = new ArrayList<>(List.of("analyze"));
            args.addAll(inputs.subList(0, Math.min(round + 1, batches)));
            args.addAll(List.of("--data", data.toString(), "--no-annotate"));
            long delay = (long) (reference * (0.3 + 0.8 * random.nextDouble()));
            boolean finished = false;
            try (ChildParallax child = ChildParallax.start(tmp.resolve("logs"), "analyze" + round,
                    args.toArray(String[]::new))) {
                Thread.sleep(delay);
                if (child.alive()) {
                    child.kill();
                    killed++;
                } else {
                    finished = true;
                    reference = reference * 4 / 5; // this machine is faster now: draw the next kills earlier
                }
            }
            List<String> stored = WorkspaceConsistency.check(data, markers);
            System.out.printf("KillTest analyze round %d: %s after %d ms (kills drawn within %d ms), %d articles stored%n",
                    round, finished ? "finished before the kill" : "killed", delay, reference, stored.size());
            assertTrue(all.containsAll(stored), "only input articles are stored: " + stored);
            assertEquals(stored.size(), new HashSet<>(stored).size(), "no id twice");
        }
        assertTrue(killed >= 3, "at least three runs were killed mid-way, was " + killed);
        List<String> finalArgs = new ArrayList<>(List.of("analyze"));
        finalArgs.addAll(inputs);
        finalArgs.addAll(List.of("--data", data.toString(), "--no-annotate"));
        try (ChildParallax child = ChildParallax.start(tmp.resolve("logs"), "analyze-final",
                finalArgs.toArray(String[]::new))) {
            assertEquals(0, child.await(120), child.err());
        }
        List<String> stored = WorkspaceConsistency.check(data, markers);
        assertEquals(all, new HashSet<>(stored), "every input article is stored");
        assertEquals(all.size(), stored.size(), "each exactly once");
    }

    /** Runs {@code analyze} on all inputs into a scratch workspace; its wall time in milliseconds. */
    private long timeCompleteRun(List<String> inputs, Path data) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze"));
        args.addAll(inputs);
        args.addAll(List.of("--data", data.toString(), "--no-annotate"));
        long start = System.nanoTime();
        try (ChildParallax child = ChildParallax.start(tmp.resolve("logs"), "reference", args.toArray(String[]::new))) {
            assertEquals(0, child.await(120), child.err());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void serveKilledUnderPostsKeepsEveryAcknowledgedArticleOnce() throws Exception {
        Random random = new Random(SEED + 1);
        Path data = tmp.resolve("data");
        Map<String, String> markers = new ConcurrentHashMap<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int round = 0; round < 3; round++) {
            try (ChildParallax server = ChildParallax.start(tmp.resolve("logs"), "serve" + round, "serve",
                    "--data", data.toString(), "--port", "0", "--no-annotate")) {
                int port = server.awaitPort(60);
                URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/articles");
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> clients = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    Thread c = new Thread(() -> post(http, uri, next, markers, acknowledged, failures, stop),
                            "client" + t);
                    c.start();
                    clients.add(c);
                }
                Thread.sleep(800 + random.nextInt(2_500));
                server.kill();
                stop.set(true);
                for (Thread c : clients) {
                    c.join(30_000);
                }
            }
            List<String> stored = WorkspaceConsistency.check(data, markers);
            System.out.printf("KillTest serve round %d: %d posted, %d acknowledged, %d stored%n", round,
                    next.get(), acknowledged.size(), stored.size());
            assertEquals(List.of(), failures, "answers before the kill");
            assertTrue(stored.containsAll(acknowledged), "every acknowledged article is stored");
            assertEquals(stored.size(), new HashSet<>(stored).size(), "no id twice");
        }
        assertTrue(acknowledged.size() >= 10, "the clients got articles in: " + acknowledged.size());
    }

    /** Posts new articles one by one until {@code stop} or the server is gone, noting which were acknowledged. */
    private static void post(HttpClient http, URI uri, AtomicInteger next, Map<String, String> markers,
                             Set<String> acknowledged, List<String> failures, AtomicBoolean stop) {
        while (!stop.get()) {
            int n = next.getAndIncrement();
            String id = GeneratedArticles.id("s", n);
            markers.put(id, GeneratedArticles.marker("s", n));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(GeneratedArticles.record("s", n))).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode result = r.statusCode() == 201 ? JSON.readTree(r.body()).get("results").get(0) : null;
                if (result != null && "added".equals(result.get("status").asText())) {
                    acknowledged.add(result.get("articleId").asText());
                } else {
                    failures.add(id + ": " + r.statusCode() + " " + r.body()); // a new article must be added
                }
            } catch (java.io.IOException e) {
                return; // the server was killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
