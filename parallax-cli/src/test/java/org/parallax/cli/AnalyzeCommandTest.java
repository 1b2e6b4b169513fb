package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.render.EventsJson;


/** The whole path from files to reports, through the command line, on small corpora written here. */
class AnalyzeCommandTest {

    private static final String FERRY_1 = """
            Ferry runs aground off Tarnow Point with 212 passengers aboard

            date 2031-06-02
            By Ilse Varga

            The ferry Saint Maren ran aground off Tarnow Point on Monday morning with 212 passengers aboard, \
            the Tarnow coastguard said. Nobody was hurt, according to the operator Westline.

            Coastguard spokesman Per Lund said tugs would try to refloat the Saint Maren at high tide.
            """;
    private static final String FERRY_2 = """
            Westline ferry Saint Maren stuck on sandbank at Tarnow Point

            date 2031-06-02

            The Saint Maren, a Westline ferry carrying 212 passengers, struck a sandbank off Tarnow Point on \
            Monday. Coastguard spokesman Per Lund said tugs would attempt to refloat the ship at high tide.
            """;
    private static final String FESTIVAL = """
            Oldham Vale jazz festival sells out in record time

            date 2031-05-20

            All 9,000 tickets for the Oldham Vale jazz festival sold out within four hours, organisers said, \
            with headliner Rosa Quint returning after a decade away.
            """;

    private static CliRun analyze(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "analyze";
        System.arraycopy(args, 0, full, 1, args.length);
        return CliRun.of(full);
    }

    private static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ferry-1.txt"), FERRY_1);
        Files.writeString(dir.resolve("ferry-2.txt"), FERRY_2);
        Files.writeString(dir.resolve("festival.txt"), FESTIVAL);
        return dir;
    }

    @Test
    void groupsArticlesIntoEventsAndWritesEveryOutput(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("report");
        CliRun run = analyze(corpus(tmp.resolve("in")).toString(), "--out", out.toString(), "--threads", "2");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("3 articles, 2 events"), run.out());
        assertTrue(run.out().contains(out.resolve("index.html").toAbsolutePath().toString()), run.out());
        for (String f : List.of("events.json", "index.html", "events.md")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        Analysis a = EventsJson.read(out.resolve("events.json"));
        assertEquals(List.of("ferry-1", "ferry-2", "festival"), a.articles().stream().map(Article::id).toList());
        assertEquals(2, a.events().size());
        assertTrue(a.events().stream().anyMatch(e -> e.articleIds().equals(List.of("ferry-1", "ferry-2"))),
                a.events().toString());
        Article first = a.articles().get(0);
        assertEquals("Ferry runs aground off Tarnow Point with 212 passengers aboard", first.title());
        assertEquals("Ilse Varga", first.author());
        assertEquals("2031-06-02", String.valueOf(first.published()));
    }

    @Test
    void sameInputGivesByteIdenticalOutputWhateverTheThreadCount(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp.resolve("in"));
        assertEquals(0, analyze(in.toString(), "--out", tmp.resolve("a").toString(), "--threads", "1").status());
        assertEquals(0, analyze(in.toString(), "--out", tmp.resolve("b").toString(), "--threads", "2").status());
        for (String f : List.of("events.json", "index.html", "events.md")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)),
                    Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void badInputIsNamedAndSkippedAndTheRestIsWritten(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp.resolve("in"));
        Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, 9});
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("latin.txt"), "Caf\u00e9 owners in Tarnow count the cost of the ferry closure"
                .getBytes(StandardCharsets.ISO_8859_1));
        writeSingleLine(in.resolve("huge.txt"), 50L << 20);
        Files.writeString(in.resolve("feed.jsonl"), """
                {"id": "wire-1", "title": "Tarnow ferry refloated", "text": "Tugs refloated the Saint Maren.", \
                "source": "Tarnow Wire", "published": "2031-06-03"}
                {"id": "wire-2", "title": broken
                """);
        Path locked = in.resolve("locked.txt");
        Files.writeString(locked, FESTIVAL);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path missing = tmp.resolve("nowhere");
        Path out = tmp.resolve("report");

        CliRun run = analyze(in.toString(), missing.toString(), "--out", out.toString());

        assertEquals(ParallaxCommand.EXIT_PARTIAL, run.status(), run.err());
        String err = run.err();
        assertTrue(err.contains("binary.txt"), err);
        assertTrue(err.contains("empty.txt"), err);
        assertTrue(err.contains("huge.txt"), err);
        assertTrue(err.contains("feed.jsonl:2"), err);
        assertTrue(err.contains("nowhere"), err);
        boolean root = "root".equals(System.getProperty("user.name"));
        assertTrue(root || err.contains("locked.txt"), err);
        List<String> ids = EventsJson.read(out.resolve("events.json")).articles().stream().map(Article::id).toList();
        assertTrue(ids.containsAll(List.of("ferry-1", "ferry-2", "festival", "latin", "wire-1")), ids.toString());
        assertFalse(ids.contains("binary") || ids.contains("empty") || ids.contains("huge"), ids.toString());
    }

    @Test
    void readsGzippedInput(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("ferry-1.txt.gz")))) {
            gz.write(FERRY_1.getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = analyze(in.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("ferry-1"), EventsJson.read(tmp.resolve("r/events.json")).articles().stream()
                .map(Article::id).toList());
    }

    private static void writeSingleLine(Path file, long bytes) throws IOException {
        byte[] chunk = "word ".repeat(1 << 14).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream o = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                o.write(chunk);
            }
        }
    }
}
