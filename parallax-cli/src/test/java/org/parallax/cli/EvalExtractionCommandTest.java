package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {

    private static final String STORY = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            + "<div class='story'><p>The Gullholm ferry will sail twice a day from March, the island council said"
            + " on Tuesday, after a winter of cancelled crossings.</p><p>Boats will leave at seven in the morning"
            + " and at five in the afternoon, with an extra crossing on market days.</p></div>"
            + "<footer><p>Tidewater Gazette, all rights reserved.</p></footer></body></html>";

    private static String line(String file, String html, List<String> with, List<String> without) {
        String b64 = Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
        return "{\"url\": \"https://gazette.example/" + file + "\", \"file\": \"" + file + "\", \"htmlBase64\": \""
                + b64 + "\", \"with\": [" + quoted(with) + "], \"without\": [" + quoted(without) + "]}\n";
    }

    private static String quoted(List<String> s) {
        return String.join(", ", s.stream().map(x -> "\"" + x + "\"").toList());
    }

    @Test
    void printsCountsScoresAndSpeed(@TempDir Path dir) throws IOException {
        Path pages = dir.resolve("pages.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pages))) {
            // a.html falls in the development half, b.html in the held-out half (see ExtractionEvalTest).
            out.write((line("a.html", STORY, List.of("sail twice a day", "extra crossing"), List.of("Home News"))
                    + line("b.html", STORY, List.of("the island council", "a snippet that is not there"),
                            List.of("all rights reserved"))
                    + "not json\n").getBytes(StandardCharsets.UTF_8));
        }
        Path errors = dir.resolve("errors.tsv");
        CliRun run = CliRun.of("eval", "extraction", pages.toString(), "--warmup", "1", "--errors",
                errors.toString());
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("pages: 2 (dev 1, held-out 1), unreadable lines 1, no text 0, failed 0", lines.get(0));
        assertEquals("split         TP     FP     FN     TN precision  recall     F1", lines.get(1));
        assertEquals("all            3      0      1      2     1.000   0.750  0.857", lines.get(2));
        assertEquals("dev            2      0      0      1     1.000   1.000  1.000", lines.get(3));
        assertEquals("held-out       1      0      1      1     1.000   0.500  0.667", lines.get(4));
        assertTrue(lines.get(6).startsWith("speed: "), lines.get(6));
        assertEquals(List.of("file\tsplit\tkind\tsnippet", "b.html\theld-out\tmissed\ta snippet that is not there"),
                Files.readAllLines(errors));
    }

    @Test
    void missingFileIsReported(@TempDir Path dir) {
        CliRun run = CliRun.of("eval", "extraction", dir.resolve("none.jsonl.gz").toString());
        assertEquals(EvalExtractionCommand.EXIT_UNREADABLE, run.status());
        assertTrue(run.err().contains("no such file"), run.err());
    }
}
