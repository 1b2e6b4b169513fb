package org.parallax.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.render.EventsJson;

/**
 * A few hostile files through the command line: {@code analyze} finishes with the "inputs skipped" status, prints
 * one line per problem naming the file (and line) and the reason, and writes the good articles.
 */
class HostileInputCliTest {
    private static final String GOOD = "Lighthouse on Corran Isle relit after forty years\n\n"
            + "The lighthouse on Corran Isle was relit on Saturday evening, the island council said.\n";

    @TempDir
    Path tmp;

    @Test
    void hostileFilesAreReportedLineByLineAndTheGoodOnesWritten() throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) {
                gz.write(zeros);
            }
        }
        Files.write(in.resolve("new\nline.txt"), new byte[0]);
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000)
                + "<p>The ferry timetable for Corran Isle changes on Monday.</p></body></html>");
        // One byte that is not UTF-8 (0xFF) on line 4, among valid UTF-8 accents.
        byte[] bad = "Quay repairs\n\nThe quay costs 4 million, the café said.\nIt was # done.\n".getBytes(UTF_8);
        bad[bad.length - 8] = (byte) 0xFF;
        Files.write(in.resolve("bad-byte.txt"), bad);
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"wire-1\",\"text\":\"The quay reopened.\"}\n"
                + "{\"id\":\"wire-2\",\"text\":\n");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("analyze", in.toString(), "--out", out.toString(), "--no-annotate", "--threads", "1");

        assertEquals(ParallaxCommand.EXIT_PARTIAL, run.status(), run.err());
        List<String> printed = run.err().lines().filter(l -> l.startsWith(in.toString()))
                .map(l -> l.substring(in.toString().length() + 1)).toList();
        assertEquals(List.of(
                "bad-byte.txt:4: warning: 1 byte(s) are not valid UTF-8 and were replaced by U+FFFD",
                "bomb.txt.gz: skipped: decompressed size exceeds the limit of 67108864 bytes; stopped reading there",
                "feed.jsonl:2: skipped: not valid JSON: Unexpected end-of-input within/between Object entries",
                "new\\nline.txt: skipped: empty file"), printed, run.err());
        List<String> ids = EventsJson.read(out.resolve("events.json")).articles().stream().map(Article::id)
                .sorted().toList();
        assertEquals(List.of("bad-byte", "deep", "good", "wire-1"), ids);
    }
}
