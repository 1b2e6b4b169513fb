package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalClustersCommandTest {
    @TempDir
    Path dir;

    private String out = "";
    private String err = "";

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.status();
    }

    @Test
    void printsScoresAndMissingArticles() throws IOException {
        Path gold = write("gold.jsonl", "{\"id\":\"a\",\"event\":\"x\"}\n{\"id\":\"b\",\"event\":\"x\"}\n"
                + "{\"id\":\"c\",\"event\":\"y\"}\n{\"id\":\"d\",\"event\":\"y\"}\n");
        Path events = write("events.json", "{\"articles\":[],\"events\":["
                + "{\"id\":\"e1\",\"articleIds\":[\"a\",\"b\",\"c\"]},{\"id\":\"e2\",\"articleIds\":[\"z\"]}]}");
        assertEquals(0, run("eval", "clusters", "--gold", gold.toString(), events.toString()));
        String text = out;
        // a, b: precision 2/3, recall 1; c: precision 1/3, recall 1 (d is not predicted, so not scored).
        assertTrue(text.contains("B-cubed precision  0.5556"), text);
        assertTrue(text.contains("B-cubed recall     1.0000"), text);
        assertTrue(text.contains("B-cubed F1         0.7143"), text);
        assertTrue(text.contains("articles scored    3 (gold events 2, predicted events 1)"), text);
        assertTrue(text.contains("articles in the gold but not in events.json: 1\n  d"), text);
        assertTrue(text.contains("articles in events.json but not in the gold: 1\n  z"), text);
    }

    @Test
    void evalWithoutSubcommandIsAUsageError() {
        assertEquals(2, run("eval"));
        assertTrue(err.contains("clusters"), err);
    }

    @Test
    void missingGoldOptionIsAUsageError() throws IOException {
        Path events = write("events.json", "{\"events\":[]}");
        assertEquals(2, run("eval", "clusters", events.toString()));
    }

    @Test
    void unreadableInputIsNamed() throws IOException {
        Path gold = write("gold.jsonl", "{\"id\":\"a\",\"event\":\"x\"}\n");
        assertEquals(1, run("eval", "clusters", "--gold", gold.toString(), dir.resolve("none.json").toString()));
        assertTrue(err.contains("no such file") && err.contains("none.json"), err);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
