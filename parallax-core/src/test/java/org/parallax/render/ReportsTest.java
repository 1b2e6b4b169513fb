package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Analysis;

class ReportsTest {

    @Test
    void writesEveryOutputIntoANewFolder(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("out/nested");
        Reports.writeAll(Fixtures.analysis(), dir);
        assertEquals(List.of("events.json", "events.md", "events/9ab2.html", "events/e0f1.html", "index.html"),
                files(dir));
        assertEquals(Fixtures.analysis().events(), EventsJson.read(dir.resolve("events.json")).events());
        assertEquals(MarkdownReport.render(Fixtures.analysis()), Files.readString(dir.resolve("events.md")));
    }

    @Test
    void everyIndexLinkReachesAPage(@TempDir Path dir) throws IOException {
        Reports.writeAll(Fixtures.analysis(), dir);
        List<String> links = Jsoup.parse(Files.readString(dir.resolve("index.html"))).select("a[href]").eachAttr("href");
        assertEquals(3, links.size());
        for (String link : links) {
            assertTrue(Files.isRegularFile(dir.resolve(link)), link);
        }
    }

    @Test
    void equalInputGivesByteIdenticalOutput(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        Reports.writeAll(Fixtures.analysis(), first);
        Reports.writeAll(Fixtures.analysis(), second);
        Reports.writeAll(Fixtures.analysis(), second); // over an earlier run
        assertEquals(files(first), files(second));
        for (String f : files(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
    }

    @Test
    void removesOnlyStaleEventPages(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("events"));
        Files.writeString(pages.resolve("0ld.html"), "an event of an earlier run");
        Files.writeString(pages.resolve("e0f1.html"), "the earlier page of an event that still exists");
        Files.writeString(pages.resolve("notes.txt"), "mine");
        Files.writeString(pages.resolve("Mine.HTML"), "mine");
        Files.createDirectory(pages.resolve("assets.html"));
        Files.writeString(dir.resolve("other.html"), "mine");
        Reports.writeAll(Fixtures.analysis(), dir);
        assertEquals(List.of("Mine.HTML", "assets.html", "e0f1.html", "9ab2.html", "notes.txt").stream().sorted()
                .toList(), names(pages));
        assertTrue(Files.readString(pages.resolve("e0f1.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.exists(dir.resolve("other.html")));
    }

    @Test
    void anEmptyAnalysisStillGivesAReport(@TempDir Path dir) throws IOException {
        Reports.writeAll(new Analysis(List.of(), List.of(), List.of()), dir);
        assertEquals(List.of("events.json", "events.md", "index.html"), files(dir));
        assertEquals("{\n  \"articles\": [],\n  \"events\": []\n}\n", Files.readString(dir.resolve("events.json")));
    }

    @Test
    void leavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Reports.writeAll(Fixtures.analysis(), dir);
        Reports.writeAll(Fixtures.analysis(), dir);
        assertFalse(files(dir).stream().anyMatch(f -> f.endsWith(".tmp")), files(dir).toString());
    }

    /** Every regular file under {@code dir}, as sorted relative paths with "/". */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
