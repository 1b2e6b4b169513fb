package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterLabelsTest {
    @TempDir
    Path dir;

    @Test
    void readsGoldLinesAndSkipsBrokenOnes() throws IOException {
        Path gold = write("gold.jsonl", "{\"id\": \"a\", \"event\": \"X\", \"topic\": \"1\"}\n\nnot json\n"
                + "{\"id\": \"b\"}\n{\"id\": 7, \"event\": \"Y\"}\n{\"id\": \"a\", \"event\": \"Z\"}\n");
        ClusterLabels labels = ClusterLabels.readGold(gold);
        assertEquals(Map.of("a", "X", "7", "Y"), labels.labels());
        assertEquals(3, labels.warnings().size());
        assertTrue(labels.warnings().get(0).contains("gold.jsonl:3"), labels.warnings().get(0));
    }

    @Test
    void readsArticleIdsOfEvents() throws IOException {
        Path events = write("events.json", "{\"articles\": [], \"events\": ["
                + "{\"id\": \"e1\", \"title\": \"T\", \"articleIds\": [\"a\", \"b\"], \"start\": null},"
                + "{\"id\": \"e2\", \"articleIds\": [\"c\", \"a\"]}, {\"id\": \"e3\"}]}");
        ClusterLabels labels = ClusterLabels.readEvents(events);
        assertEquals(3, labels.labels().size());
        assertEquals(labels.labels().get("a"), labels.labels().get("b"));
        assertTrue(!labels.labels().get("a").equals(labels.labels().get("c")));
        assertEquals(2, labels.warnings().size(), labels.warnings().toString());
    }

    @Test
    void eventsFileWithoutEventsIsAnError() throws IOException {
        Path events = write("events.json", "{\"articles\": []}");
        assertThrows(IOException.class, () -> ClusterLabels.readEvents(events));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
