package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The big hostile files together, in a child JVM limited to {@code -Xmx1g}: the run must finish (no
 * OutOfMemoryError), read the good article and the big-but-allowed JSON Lines file, and name every bad file.
 */
class BoundedMemoryTest {
    /** The heap the child gets; {@code -Dparallax.hostile.heap=-Xmx512m} tries a smaller one. */
    static final String HEAP = System.getProperty("parallax.hostile.heap", "-Xmx1g");
    private static final int FEED_LINES = 1_000;

    @TempDir
    Path dir;

    @Test
    @Tag("slow")
    void bigFilesAreReadOrRefusedWithinOneGigabyteOfHeap() throws IOException, InterruptedException {
        HostileFiles.good(dir);
        HostileFiles.repeated(dir.resolve("huge.txt"), "word ", 200L << 20);
        HostileFiles.repeated(dir.resolve("one-line.html"), "<b>word</b> ", 50L << 20);
        HostileFiles.gzipBomb(dir.resolve("bomb.txt.gz"), 10L << 30);
        HostileFiles.gzipBomb(dir.resolve("bomb.html.gz"), 1L << 30);
        HostileFiles.deepHtml(dir.resolve("deep.html"), 100_000);
        HostileFiles.manyLinks(dir.resolve("links.html"), 1_000_000);
        HostileFiles.manyLinks(dir.resolve("some-links.html"), 100_000);
        Path feed = bigFeed(dir.resolve("feed.jsonl"));
        assertTrue(Files.size(feed) > 25L << 20 && Files.size(feed) < 64L << 20, () -> "feed is " + feed);

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), ChildAnalyze.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child did not finish");
        assertEquals(0, p.exitValue(), out);

        List<String> lines = out.lines().toList();
        String prefix = "problem " + dir + "/";
        List<String> problems = lines.stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length())).sorted().toList();
        assertEquals(List.of(
                "bomb.html.gz: skipped: decompressed size exceeds the limit of 67108864 bytes; stopped reading there",
                "bomb.txt.gz: skipped: decompressed size exceeds the limit of 67108864 bytes; stopped reading there",
                "huge.txt: skipped: file is 209715200 bytes, over the limit of 67108864 bytes",
                "links.html: skipped: HTML page is " + Files.size(dir.resolve("links.html"))
                        + " bytes, over the limit of 16777216 bytes for a page; not parsed",
                "one-line.html: skipped: HTML page is 52428800 bytes, over the limit of 16777216 bytes for a page;"
                        + " not parsed"), problems, out);
        long articles = lines.stream().filter(l -> l.startsWith("article ")).count();
        assertEquals(FEED_LINES + 3, articles, out);
        assertTrue(lines.contains("article good") && lines.contains("article deep")
                && lines.contains("article some-links"), out);
    }

    /** JSON Lines of {@value #FEED_LINES} distinct articles of about 30 kB each: big, but under every limit. */
    private static Path bigFeed(Path file) throws IOException {
        String paragraph = "The council of Corran Isle met on a windy evening to discuss the ferry timetable. ";
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < FEED_LINES; i++) {
                w.write("{\"id\":\"feed-" + i + "\",\"title\":\"Council meeting number " + i + "\",\"text\":\"");
                for (int k = 0; k < 360; k++) {
                    w.write(paragraph);
                    w.write(Integer.toString(k + i));
                }
                w.write("\"}\n");
            }
        }
        return file;
    }
}
