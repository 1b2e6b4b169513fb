package org.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.Settings;
import org.parallax.render.EventsJson;

/**
 * With annotation and dossiers, the job writes exactly the CLI's objects: every element of {@code events[]}
 * (dossier included) and of {@code articles[]} (annotations included) of the CLI's events.json, in the same order.
 * Loads CoreNLP and the embedding model, so it runs only when asked:
 * {@code mvn -pl parallax-spark -am test -Dtest=AnnotatedAgreementTest -Dparallax.annotated=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AnnotatedAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void annotatedRunWritesTheCliObjects() throws IOException {
        assumeTrue(Boolean.getBoolean("parallax.annotated"), "set -Dparallax.annotated=true to run this");
        Path in = dir.resolve("news.jsonl");
        List<String> lines = new ArrayList<>(FictionalNews.LINES_A);
        lines.addAll(FictionalNews.LINES_B);
        Files.writeString(in, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        JsonNode cli = JSON.readTree(EventsJson.toBytes(Parallax.analyze(List.of(in),
                Settings.defaults().withThreads(2))));
        try (SparkSession spark = LocalSpark.start("local[2]")) {
            ParallaxJob.run(spark, JobOptions.of(in.toString(), dir.resolve("out").toString()).withPartitions(2));
        }

        assertEquals(elements(cli.get("events")), ParallaxJobTest.readLines(dir.resolve("out/events.jsonl")));
        assertEquals(elements(cli.get("articles")), ParallaxJobTest.readLines(dir.resolve("out/articles.jsonl")));
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
