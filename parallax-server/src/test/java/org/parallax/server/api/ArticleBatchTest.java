package org.parallax.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parallax.ingest.IngestSettings;
import org.parallax.ingest.Ingestor;

class ArticleBatchTest {
    private static final Ingestor INGESTOR = new Ingestor(new IngestSettings(1 << 20, 200, 1 << 20));

    private static List<ArticleBatch.Item> parse(String body, ArticleBatch.Framing framing) {
        return ArticleBatch.parse(body.getBytes(StandardCharsets.UTF_8), framing, INGESTOR);
    }

    @Test
    void framingFollowsTheContentType() {
        assertEquals(ArticleBatch.Framing.LINES, ArticleBatch.framing("application/x-ndjson"));
        assertEquals(ArticleBatch.Framing.LINES, ArticleBatch.framing("application/jsonl; charset=utf-8"));
        assertEquals(ArticleBatch.Framing.DOCUMENT, ArticleBatch.framing("Application/JSON;charset=UTF-8"));
        ApiProblem p = assertThrows(ApiProblem.class, () -> ArticleBatch.framing("text/plain"));
        assertEquals(415, p.status());
        assertTrue(p.detail().contains("application/x-ndjson"), p.detail());
        assertEquals(415, assertThrows(ApiProblem.class, () -> ArticleBatch.framing(null)).status());
    }

    @Test
    void oneObjectIsOneArticleWithTheReadersFieldNames() {
        List<ArticleBatch.Item> items = parse("{\"id\":\"q1\",\"title\":\"Quarry floods\",\"source\":\"Vale Post\","
                + "\"published\":\"2031-04-02T09:00:00Z\",\"text\":\"The quarry at Dunmere flooded overnight.\"}",
                ArticleBatch.Framing.DOCUMENT);
        assertEquals(1, items.size());
        var a = items.get(0).article();
        assertEquals("q1", a.id());
        assertEquals("Quarry floods", a.title());
        assertEquals("Vale Post", a.outlet());
        assertEquals(LocalDate.of(2031, 4, 2), a.published());
        assertEquals("The quarry at Dunmere flooded overnight.", a.text());
    }

    @Test
    void jsonLinesGiveOneItemPerLineAndNameTheBadLine() {
        String body = "{\"text\":\"First report of the flood.\"}\n"
                + "\n"
                + "{not json}\n"
                + "{\"title\":\"no text here\"}\n"
                + "{\"text\":\"" + "x".repeat(201) + "\"}\n"
                + "{\"id\":\"z9\",\"text\":\"Second report.\"}\n";
        List<ArticleBatch.Item> items = parse(body, ArticleBatch.Framing.LINES);
        assertEquals(5, items.size());
        assertEquals(1, items.get(0).line());
        assertTrue(items.get(0).article().id().matches("post-[0-9a-f]{12}-1"), items.get(0).article().id());
        assertEquals(3, items.get(1).line());
        assertNull(items.get(1).article());
        assertTrue(items.get(1).error().startsWith("line 3: not valid JSON"), items.get(1).error());
        assertTrue(items.get(2).error().startsWith("line 4: record has no text"), items.get(2).error());
        assertEquals("line 5: text is 201 characters, over the limit of 200", items.get(3).error());
        assertEquals("z9", items.get(4).article().id());
        assertEquals(5, items.get(4).index());
    }

    @Test
    void anArrayGivesOneItemPerElement() {
        List<ArticleBatch.Item> items = parse("[\n{\"text\":\"One.\"},\n 7,\n{\"text\":\"Two.\"}\n]",
                ArticleBatch.Framing.DOCUMENT);
        assertEquals(3, items.size());
        assertEquals("One.", items.get(0).article().text());
        assertEquals("line 3: not a JSON object", items.get(1).error());
        assertEquals(4, items.get(2).line());
    }

    @Test
    void sameBodySameDefaultIds() {
        String body = "{\"text\":\"Same words.\"}";
        assertEquals(parse(body, ArticleBatch.Framing.DOCUMENT).get(0).article().id(),
                parse(body, ArticleBatch.Framing.DOCUMENT).get(0).article().id());
    }

    @Test
    void badDocumentsAreProblems() {
        assertEquals("urn:parallax:problem:empty-body",
                assertThrows(ApiProblem.class, () -> parse("  \n", ArticleBatch.Framing.LINES)).type());
        assertEquals("urn:parallax:problem:empty-body",
                assertThrows(ApiProblem.class, () -> parse("[]", ArticleBatch.Framing.DOCUMENT)).type());
        ApiProblem twoValues = assertThrows(ApiProblem.class,
                () -> parse("{\"text\":\"a\"}\n{\"text\":\"b\"}", ArticleBatch.Framing.DOCUMENT));
        assertTrue(twoValues.detail().contains("application/x-ndjson"), twoValues.detail());
        assertEquals(400, assertThrows(ApiProblem.class, () -> parse("\"text\"", ArticleBatch.Framing.DOCUMENT))
                .status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> parse("[{\"text\":", ArticleBatch.Framing.DOCUMENT))
                .status());
    }
}
