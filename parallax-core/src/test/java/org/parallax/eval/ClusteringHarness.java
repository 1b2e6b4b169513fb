package org.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parallax.cluster.ClusterSettings;
import org.parallax.cluster.EventClusterer;
import org.parallax.model.Article;
import org.parallax.model.Event;

/**
 * Development harness, not part of the build's tests: clusters ECB+ (read directly, without the ingest and clean
 * stages) over a sweep of thresholds and prints B-cubed scores, then clusters the seed articles.
 *
 * <pre>
 * java -cp ... org.parallax.eval.ClusteringHarness ../shared/data/ecbplus ../shared/seeds 0.3,0.4,0.5 [REFINE] [STAY,...]
 * </pre>
 *
 * With the environment variable {@code DIAG} set, it also prints, per gold topic, how the predicted events mix the
 * topic's gold events. Run it from the IDE or with the test classpath (see docs/accuracy.md).
 */
public final class ClusteringHarness {
    private ClusteringHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path ecb = Path.of(args[0]);
        Path seeds = Path.of(args[1]);
        String[] thresholds = args.length > 2 ? args[2].split(",") : new String[] {"0.3"};
        boolean refine = args.length <= 3 || Boolean.parseBoolean(args[3]);
        // PIPELINE_ECB / PIPELINE_SEEDS: events.json files written by `parallax analyze`, so that the articles are
        // exactly what the real pipeline clusters (cleaned text, dates, outlets).
        String pipelineEcb = System.getenv("PIPELINE_ECB");
        String pipelineSeeds = System.getenv("PIPELINE_SEEDS");
        List<Article> articles = pipelineEcb != null ? readEventsJson(Path.of(pipelineEcb))
                : readJsonl(ecb.resolve("articles.jsonl"));
        Map<String, String> gold = readGold(ecb.resolve("gold.jsonl"));
        List<Article> seedArticles = pipelineSeeds != null ? readEventsJson(Path.of(pipelineSeeds)) : readSeeds(seeds);
        String[] stays = args.length > 4 ? args[4].split(",")
                : new String[] {Double.toString(ClusterSettings.defaults().stayWeight())};
        for (String stay : stays) {
            for (String t : thresholds) {
                ClusterSettings settings = ClusterSettings.defaults().withThreshold(Double.parseDouble(t))
                        .withRefine(refine).withStayWeight(Double.parseDouble(stay));
                // Optional overrides for sweeps: K (neighbours), MINSIM, TITLEW, NAMEW, NUMW, SPLIT (split ratio).
                ClusterSettings d = settings;
                settings = new ClusterSettings(d.threshold(), env("TITLEW", d.titleWeight()),
                        env("NAMEW", d.nameWeight()), env("NUMW", d.numberWeight()), d.halfLifeDays(),
                        d.windowDays(), (int) env("K", d.neighbours()), env("MINSIM", d.minSimilarity()),
                        d.stayWeight(), d.refine(), env("SPLIT", d.splitRatio()));
                run(settings, articles, gold, seedArticles);
            }
        }
    }

    private static double env(String name, double fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : Double.parseDouble(v);
    }

    private static void run(ClusterSettings settings, List<Article> articles, Map<String, String> gold,
                            List<Article> seedArticles) {
        long t0 = System.nanoTime();
        List<Event> events = EventClusterer.cluster(articles, settings);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        BCubedScore s = BCubed.score(gold, labels(events));
        List<List<String>> seedEvents = new ArrayList<>();
        for (Event e : EventClusterer.cluster(seedArticles, settings)) {
            seedEvents.add(e.articleIds().stream().map(id -> id.substring(0, 3)).toList());
        }
        if (System.getenv("DIAG") != null) {
            printTopics(events, gold);
        }
        System.out.printf("split %.2f  ", settings.splitRatio());
        System.out.printf("k %d  minsim %.2f  weights %.1f/%.1f/%.1f  ", settings.neighbours(),
                settings.minSimilarity(), settings.titleWeight(), settings.nameWeight(), settings.numberWeight());
        System.out.printf("stay %.2f  threshold %.2f  P %.4f  R %.4f  F1 %.4f  events %d (gold %d)  %d ms  seeds %s%n",
                settings.stayWeight(), settings.threshold(), s.precision(), s.recall(), s.f1(),
                s.predictedClusters(), s.goldClusters(), ms, seedEvents);
    }

    /** For each gold topic, the predicted events and how many articles of each gold event they hold. */
    private static void printTopics(List<Event> events, Map<String, String> gold) {
        TreeMap<String, TreeMap<String, Integer>> byTopic = new TreeMap<>();
        for (Event e : events) {
            TreeMap<String, Integer> mix = new TreeMap<>();
            for (String id : e.articleIds()) {
                mix.merge(gold.get(id), 1, Integer::sum);
            }
            String topic = String.format("%3s", mix.firstKey().split("-")[0]);
            byTopic.computeIfAbsent(topic, k -> new TreeMap<>()).merge(mix.toString(), 1, Integer::sum);
        }
        byTopic.forEach((k, v) -> System.out.println(k + " " + v));
    }

    static Map<String, String> labels(List<Event> events) {
        Map<String, String> out = new HashMap<>();
        for (Event e : events) {
            for (String id : e.articleIds()) {
                out.put(id, e.id());
            }
        }
        return out;
    }

    static List<Article> readJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                out.add(new Article(n.path("id").asText(), n.path("title").asText(null), "unknown", null, null,
                        null, null, n.path("text").asText(""), List.of()));
            }
        }
        return out;
    }

    /** The articles[] of an events.json file, as the pipeline wrote them. */
    static List<Article> readEventsJson(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(file.toFile()).path("articles")) {
            String published = n.path("published").asText(null);
            out.add(new Article(n.path("id").asText(), n.path("title").asText(null), n.path("outlet").asText(),
                    null, published == null ? null : java.time.LocalDate.parse(published), null, null,
                    n.path("text").asText(""), List.of()));
        }
        return out;
    }

    static Map<String, String> readGold(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                out.put(n.path("id").asText(), n.path("event").asText());
            }
        }
        return out;
    }

    static List<Article> readSeeds(Path dir) throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
                if (System.getenv("CRUDE_CLEAN") != null) {
                    // A crude stand-in for the cleaner: keep only lines of eight words or more.
                    text = String.join("\n\n", text.lines().map(String::strip)
                            .filter(l -> l.split("\\s+").length >= 8).toList());
                }
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                out.add(new Article(id, title, "unknown", null, null, null, null, text, List.of()));
            }
        }
        return out;
    }
}
