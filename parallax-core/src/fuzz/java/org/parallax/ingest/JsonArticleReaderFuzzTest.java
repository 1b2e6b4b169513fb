package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * Fuzzes the JSONL reader: the same bytes read as JSON Lines and as a JSON document, with small limits so that the
 * limit paths are reached too. An {@link IOException} is fine (the ingestor reports it for the file); a runtime
 * exception, or a problem without a line for a JSON Lines record, is a finding.
 */
class JsonArticleReaderFuzzTest {
    private final JsonArticleReader reader = new JsonArticleReader(new IngestSettings(1 << 16, 2_000, 1_000));

    @FuzzTest(maxDuration = "3m")
    void read(byte[] data) {
        List<RawArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            reader.readLines(new ByteArrayInputStream(data), "fuzz.jsonl", "fuzz", articles::add, problems::add);
        } catch (IOException e) {
            // reported by the ingestor as a problem with the file
        }
        for (Problem p : problems) {
            assertTrue(p.line() > 0 || p.source().contains(":"), p::toString);
        }
        for (RawArticle a : articles) {
            assertTrue(a.text().length() <= 2_000, "article over the limit");
        }
        try {
            reader.readDocument(new ByteArrayInputStream(data), "fuzz.json", "fuzz", a -> { }, p -> { });
        } catch (IOException e) {
            // as above
        }
    }
}
