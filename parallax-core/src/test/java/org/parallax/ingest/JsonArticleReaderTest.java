package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

class JsonArticleReaderTest {
    private final JsonArticleReader reader = new JsonArticleReader(new IngestSettings(1 << 20, 1000, 400));
    private final List<RawArticle> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void lines(String jsonl) throws IOException {
        reader.readLines(new ByteArrayInputStream(jsonl.getBytes(UTF_8)), "in/feed.jsonl", "feed", articles::add,
                problems::add);
    }

    private void document(String json) throws IOException {
        reader.readDocument(new ByteArrayInputStream(json.getBytes(UTF_8)), "in/doc.json", "doc", articles::add,
                problems::add);
    }

    @Test
    void readsAllProjectFields() throws IOException {
        lines("{\"id\":\"tide-7\",\"title\":\"High tide\",\"text\":\"Water reached the quay.\\r\\nNo damage.\","
                + "\"published\":\"2031-10-01T06:00:00+02:00\",\"url\":\"https://www.tidewatch.example/a/7\","
                + "\"source\":\"Tide Watch\",\"author\":\"Sam Reed\",\"language\":\"en-US\",\"extra\":{\"x\":1}}\n");
        assertEquals(List.of(new RawArticle("tide-7", "in/feed.jsonl:1", SourceFormat.JSON, "High tide", "Sam Reed",
                LocalDate.of(2031, 10, 1), "https://www.tidewatch.example/a/7", "Tide Watch", "en",
                "Water reached the quay.\nNo damage.")), articles);
        assertEquals(List.of(), problems);
    }

    @Test
    void readsNewsPleaseFieldNames() throws IOException {
        lines("{\"maintext\":\"The mill burned down.\",\"date_publish\":\"2031-02-03 04:05:06\","
                + "\"source_domain\":\"www.millvalley.example\",\"authors\":[\"Ann Roe\",\"Bo Lind\"],"
                + "\"language\":\"de\",\"title\":\"Mill fire\"}\n");
        RawArticle a = articles.get(0);
        assertEquals("feed-1", a.id());
        assertEquals("The mill burned down.", a.text());
        assertEquals(LocalDate.of(2031, 2, 3), a.published());
        assertEquals("millvalley.example", a.outlet());
        assertEquals("Ann Roe, Bo Lind", a.author());
        assertEquals("de", a.language());
    }

    @Test
    void outletFallsBackToUrlHost() throws IOException {
        lines("{\"id\":\"h\",\"text\":\"Hello.\",\"url\":\"https://www.harbourgazette.example/x\"}\n"
                + "{\"id\":\"n\",\"text\":\"No outlet.\"}\n");
        assertEquals("harbourgazette.example", articles.get(0).outlet());
        assertEquals(null, articles.get(1).outlet());
    }

    @Test
    void numericIdsAndMojibakeInFields() throws IOException {
        lines("{\"id\":42,\"title\":\"CafÃ© news\",\"text\":\"Itâ€™s open.\",\"author\":\"RenÃ©e\"}\n");
        RawArticle a = articles.get(0);
        assertEquals("42", a.id());
        assertEquals("Café news", a.title());
        assertEquals("It’s open.", a.text());
        assertEquals("Renée", a.author());
    }

    @Test
    void brokenLineIsReportedAndTheRestGoesOn() throws IOException {
        lines("{\"id\":\"a\",\"text\":\"One.\"}\n"
                + "{\"id\":\"b\",\"text\":\"Two.\"}\n"
                + "{\"id\":\"c\", text: }\n"
                + "\r\n"
                + "{\"id\":\"d\",\"text\":\"Four.\"}\r\n");
        assertEquals(List.of("a", "b", "d"), articles.stream().map(RawArticle::id).toList());
        assertEquals("in/feed.jsonl:5", articles.get(2).origin());
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals("in/feed.jsonl", p.source());
        assertEquals(3, p.line());
        assertTrue(p.fatal());
        assertTrue(p.reason().startsWith("not valid JSON: Unexpected character ('t'"), p.reason());
        assertTrue(p.toString().startsWith("in/feed.jsonl:3: skipped: not valid JSON: "), p.toString());
    }

    @Test
    void overlongLineIsSkippedWithoutParsing() throws IOException {
        lines("{\"id\":\"big\",\"text\":\"" + "x".repeat(1001) + "\"}\n");
        assertEquals(List.of(), articles);
        assertEquals(List.of(Problem.skipped("in/feed.jsonl", 1, "line is 1023 characters, over the limit of 400;"
                + " not parsed")), problems);
    }

    @Test
    void textOverTheArticleLimitIsSkipped() throws IOException {
        JsonArticleReader wide = new JsonArticleReader(new IngestSettings(1 << 20, 10, 400));
        wide.readLines(new ByteArrayInputStream("{\"id\":\"w\",\"text\":\"eleven char\"}".getBytes(UTF_8)),
                "w.jsonl", "w", articles::add, problems::add);
        assertEquals(List.of(Problem.skipped("w.jsonl", 1, "text is 11 characters, over the limit of 10")), problems);
    }

    @Test
    void loneObjectKeepsFileIdAndOrigin() throws IOException {
        document("{\n  \"title\": \"Solo\",\n  \"text\": \"Just one.\"\n}\n");
        assertEquals(List.of(new RawArticle("doc", "in/doc.json", SourceFormat.JSON, "Solo", null, null, null, null,
                null, "Just one.")), articles);
    }

    @Test
    void arrayRecordsGetLineNumberedIdsAndOrigins() throws IOException {
        document("[\n  {\"id\": \"first\", \"text\": \"One.\"},\n  {\"text\": \"Two.\"},\n  \"not an object\",\n"
                + "  {\"id\": \"empty\", \"text\": \"  \"}\n]\n");
        assertEquals(List.of("first", "doc-3"), articles.stream().map(RawArticle::id).toList());
        assertEquals("in/doc.json:3", articles.get(1).origin());
        assertEquals(List.of(Problem.skipped("in/doc.json", 4, "not a JSON object"),
                Problem.skipped("in/doc.json", 5, "record has no text")), problems);
    }

    @Test
    void syntaxErrorKeepsRecordsBeforeIt() throws IOException {
        document("[{\"id\": \"ok\", \"text\": \"Fine.\"},\n {\"id\": \"bad\" \"text\": \"x\"}]");
        assertEquals(List.of("ok"), articles.stream().map(RawArticle::id).toList());
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).reason().endsWith("; the rest of the file was not read"), problems.get(0).reason());
    }

    @Test
    void sequenceOfTopLevelObjects() throws IOException {
        document("{\"id\": \"x\", \"text\": \"Ex.\"}\n{\"id\": \"y\", \"text\": \"Why.\"}\n");
        assertEquals(List.of("in/doc.json:1", "in/doc.json:2"), articles.stream().map(RawArticle::origin).toList());
    }

    @Test
    void textGivenAsParagraphArrayIsJoinedByBlankLines() throws IOException {
        lines("{\"id\":\"p\",\"text\":[\"First paragraph.\",\"Second paragraph.\"]}\n");
        assertEquals("First paragraph.\n\nSecond paragraph.", articles.get(0).text());
    }
}
