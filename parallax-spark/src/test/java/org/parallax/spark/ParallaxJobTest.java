package org.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.Settings;
import org.parallax.eval.BCubed;
import org.parallax.eval.BCubedScore;
import org.parallax.model.Analysis;
import org.parallax.model.Event;

/** The Spark job in local[2] mode against the CLI's pipeline ({@link Parallax#analyze}) on the same input. */
class ParallaxJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    /** The test JVM's local Spark, shared with the other test classes (it stops when the JVM does). */
    @BeforeAll
    static void start() {
        spark = LocalSpark.start("local[2]");
    }


    @Test
    void syntheticCorpusGivesTheEventsOfTheCli() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        SyntheticCorpus.write(300, 7, in.resolve("news.jsonl"));

        RunSummary summary = run(in, dir.resolve("out"), false);

        Map<String, String> cli = labels(Parallax.analyze(List.of(in), cliSettings()).events());
        Map<String, String> job = readLabels(dir.resolve("out/events.jsonl"));
        BCubedScore agreement = BCubed.score(cli, job);
        assertEquals(300, summary.articles());
        assertEquals(300, job.size());
        assertTrue(agreement.f1() >= 0.98, "B-cubed F1 against the CLI: " + agreement.f1());
        assertEquals(cli.values().stream().distinct().count(), summary.events());
    }

    @Test
    void smallCorpusWithBadRecordsMatchesTheCliAndCountsWhatWasSkipped() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("more"));
        Files.writeString(in.resolve("a.jsonl"), String.join("\n", FictionalNews.LINES_A) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("more/b.jsonl"), String.join("\n", FictionalNews.LINES_B) + "\n",
                StandardCharsets.UTF_8);
        // Not gzip at all, whatever its name says.
        Files.write(in.resolve("more/c.jsonl.gz"), "this is not gzip".getBytes(StandardCharsets.UTF_8));

        RunSummary summary = run(in, dir.resolve("out"), false);

        Analysis cli = Parallax.analyze(List.of(in), cliSettings());
        Map<String, String> job = readLabels(dir.resolve("out/events.jsonl"));
        assertEquals(labels(cli.events()).keySet(), job.keySet());
        assertEquals(1.0, BCubed.score(labels(cli.events()), job).f1(), 1e-9);
        assertEquals(cli.articles().size(), summary.articles());
        // The broken line, the duplicate id and the bad gzip file are skipped, each counted.
        assertEquals(cli.problems().stream().filter(p -> p.fatal()).count(), summary.skipped());
        assertEquals(3, summary.skipped());
        List<String> problems = Files.readAllLines(dir.resolve("out/problems.jsonl"));
        assertEquals(3, problems.size());
        assertTrue(problems.stream().anyMatch(p -> p.contains("c.jsonl.gz") && p.contains("gzip")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("duplicate article id 'harbour-1'")),
                problems::toString);
        // The events the CLI found, newest first, with the same ids and titles.
        List<JsonNode> events = readLines(dir.resolve("out/events.jsonl"));
        assertEquals(cli.events().stream().map(Event::id).toList(),
                events.stream().map(e -> e.get("id").asText()).toList());
        assertEquals(cli.events().stream().map(Event::title).toList(),
                events.stream().map(e -> e.get("title").asText()).toList());
        assertTrue(Files.readString(dir.resolve("out/summary.json")).contains("\"skipped\" : 3"));
    }

    @Test
    void parquetOutputAndTheReportOfTheLargestEvents() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n", FictionalNews.LINES_B) + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunSummary summary = ParallaxJob.run(spark, JobOptions.of(in.toString(), out.toString()).withAnnotate(false)
                .withPartitions(2).withFormat(JobOptions.Format.PARQUET).withReport(true));

        assertEquals(6, summary.articles());
        assertEquals(summary.events(), spark.read().parquet(out.resolve("events.parquet").toString()).count());
        assertEquals(6, spark.read().parquet(out.resolve("articles.parquet").toString()).count());
        assertTrue(Files.readString(out.resolve("report/index.html")).contains("Ravensmoor"));
    }

    private RunSummary run(Path in, Path out, boolean annotate) throws IOException {
        return ParallaxJob.run(spark, JobOptions.of(in.toString(), out.toString()).withAnnotate(annotate)
                .withPartitions(2));
    }

    private static Settings cliSettings() {
        return Settings.defaults().withAnnotate(false).withThreads(1);
    }

    /** The event of each article. */
    static Map<String, String> labels(List<Event> events) {
        Map<String, String> out = new HashMap<>();
        for (Event e : events) {
            e.articleIds().forEach(id -> out.put(id, e.id()));
        }
        return out;
    }

    /** The event of each article in an events.jsonl file. */
    static Map<String, String> readLabels(Path eventsJsonl) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonNode e : readLines(eventsJsonl)) {
            e.get("articleIds").forEach(id -> out.put(id.asText(), e.get("id").asText()));
        }
        return out;
    }

    static List<JsonNode> readLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
