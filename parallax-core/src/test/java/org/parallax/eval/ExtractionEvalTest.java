package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class ExtractionEvalTest {
    private static final ExtractionPage PAGE = new ExtractionPage("https://tidewater.example/ferry", "ferry.html",
            new byte[0], List.of("The ferry to Gullholm", "sails twice a day", "the harbour master said"),
            List.of("Subscribe to our newsletter", "All rights reserved"));

    @Test
    void withSnippetsFoundAreTruePositivesAndWithoutSnippetsFoundAreFalsePositives() {
        String text = "The ferry to Gullholm sails twice a day.\n\nSubscribe to our newsletter";
        assertEquals(new ExtractionCounts(2, 1, 1, 1), ExtractionEval.score(PAGE, text));
    }

    @Test
    void whitespaceIsNormalisedOnBothSides() {
        String text = "The ferry   to\nGullholm\n\nsails twice\ta day, the harbour master said.";
        assertEquals(new ExtractionCounts(3, 0, 0, 2), ExtractionEval.score(PAGE, text));
        assertEquals(new ExtractionCounts(1, 0, 2, 2), ExtractionEval.score(PAGE, text, false));
    }

    @Test
    void matchingIsCaseSensitive() {
        assertEquals(new ExtractionCounts(0, 0, 3, 2), ExtractionEval.score(PAGE, "the ferry to gullholm"));
    }

    @Test
    void failedExtractionFindsNothing() {
        assertEquals(new ExtractionCounts(0, 0, 3, 2), ExtractionEval.score(PAGE, null));
        assertEquals(new ExtractionCounts(0, 0, 3, 2), ExtractionEval.score(PAGE, ""));
    }

    @Test
    void scoresAreMicroAveragedFromSummedCounts() {
        ExtractionCounts c = new ExtractionCounts(6, 2, 4, 8).plus(new ExtractionCounts(2, 0, 0, 2));
        assertEquals(new ExtractionCounts(8, 2, 4, 10), c);
        assertEquals(0.8, c.precision(), 1e-12);
        assertEquals(8.0 / 12, c.recall(), 1e-12);
        assertEquals(16.0 / 22, c.f1(), 1e-12);
        assertEquals(18.0 / 24, c.accuracy(), 1e-12);
        assertEquals(0, ExtractionCounts.ZERO.f1());
        assertEquals(0, ExtractionCounts.ZERO.precision());
    }

    @Test
    void splitIsByHashOfFileName() {
        // SHA-256("a.html") starts with 0x7a (even: dev), SHA-256("b.html") with 0x15 (odd: held out).
        assertFalse(ExtractionEval.isHeldOut(page("a.html")));
        assertTrue(ExtractionEval.isHeldOut(page("b.html")));
    }

    @Test
    void readsGzippedJsonLinesAndSkipsBrokenLines(@TempDir Path dir) throws IOException {
        String html = Base64.getEncoder().encodeToString("<p>Hello</p>".getBytes(StandardCharsets.UTF_8));
        String lines = "{\"url\": \"https://x.example/1\", \"file\": \"one.html\", \"htmlBase64\": \"" + html
                + "\", \"with\": [\"Hello\"], \"without\": [\"Bye\"]}\n"
                + "{not json\n"
                + "\n"
                + "{\"file\": \"two.html\", \"with\": []}\n";
        Path file = dir.resolve("pages.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        ExtractionEval.Pages pages = ExtractionEval.read(file);
        assertEquals(2, pages.skipped());
        assertEquals(1, pages.pages().size());
        ExtractionPage p = pages.pages().get(0);
        assertEquals("one.html", p.file());
        assertEquals("<p>Hello</p>", new String(p.html(), StandardCharsets.UTF_8));
        assertEquals(List.of("Hello"), p.with());
        assertEquals(List.of("Bye"), p.without());
        assertNull(ExtractionEval.parse("[]"));
    }

    private static ExtractionPage page(String file) {
        return new ExtractionPage(null, file, new byte[0], List.of(), List.of());
    }
}
