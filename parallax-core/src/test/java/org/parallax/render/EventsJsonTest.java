package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Event;

class EventsJsonTest {

    private static final String EXPECTED = """
            {
              "articles": [
                {
                  "id": "a1",
                  "title": "Velmora bridge open again",
                  "outlet": "Northern Wire",
                  "author": null,
                  "published": "2031-03-15",
                  "publishedSource": null,
                  "modified": null,
                  "url": "https://wire.example/a1",
                  "language": "en",
                  "text": "Velmora's harbour bridge is open again, the town council said.",
                  "removed": [],
                  "entities": [],
                  "quotes": [],
                  "quantities": [],
                  "dates": [],
                  "attributions": []
                },
                {
                  "id": "b2",
                  "title": "Harbour bridge in Velmora reopens after repairs",
                  "outlet": "Coastal Ledger",
                  "author": "Ines Varga",
                  "published": "2031-03-14",
                  "publishedSource": "url",
                  "modified": "2031-03-16",
                  "url": "https://ledger.example/velmora-bridge",
                  "language": "en",
                  "text": "The harbour bridge in Velmora reopened on Friday.\\n\\nAbout 1,200 cars crossed it in the first hour.",
                  "removed": [
                    "Share this story",
                    "Photo: Ledger archive"
                  ],
                  "entities": [
                    {
                      "text": "Velmora",
                      "type": "LOCATION",
                      "canonical": "Velmora",
                      "mentions": 1,
                      "descriptions": []
                    }
                  ],
                  "quotes": [
                    {
                      "text": "reopened on Friday",
                      "kind": "indirect",
                      "speaker": "Ines Varga",
                      "speakerType": "person",
                      "cue": "said",
                      "via": "Coastal Ledger",
                      "sentence": "The harbour bridge in Velmora reopened on Friday.",
                      "start": 30,
                      "end": 48
                    }
                  ],
                  "quantities": [
                    {
                      "value": 1200,
                      "text": "About 1,200 cars",
                      "what": "cars",
                      "kind": "count",
                      "approximate": true,
                      "sentence": "About 1,200 cars crossed it in the first hour.",
                      "start": 51,
                      "end": 67
                    },
                    {
                      "value": 2.5,
                      "text": "2.5 percent",
                      "what": "percent",
                      "kind": "percent",
                      "approximate": false,
                      "sentence": "About 1,200 cars crossed it in the first hour.",
                      "start": 0,
                      "end": 0
                    }
                  ],
                  "dates": [
                    {
                      "text": "Friday",
                      "value": "2031-03-14",
                      "sentence": "The harbour bridge in Velmora reopened on Friday.",
                      "start": 42,
                      "end": 48
                    }
                  ],
                  "attributions": [
                    {
                      "source": "Coastal Ledger",
                      "cue": "according to",
                      "sentence": "The harbour bridge in Velmora reopened on Friday."
                    }
                  ]
                },
                {
                  "id": "c3",
                  "title": null,
                  "outlet": "unknown",
                  "author": null,
                  "published": null,
                  "publishedSource": null,
                  "modified": null,
                  "url": null,
                  "language": null,
                  "text": "Ferry crews in Velmora plan a one-day strike.",
                  "removed": [],
                  "entities": [],
                  "quotes": [],
                  "quantities": [],
                  "dates": [],
                  "attributions": []
                }
              ],
              "events": [
                {
                  "id": "e0f1",
                  "title": "Harbour bridge in Velmora reopens after repairs",
                  "articleIds": [
                    "a1",
                    "b2"
                  ],
                  "start": "2031-03-14",
                  "end": "2031-03-15",
                  "consensus": [],
                  "figures": [],
                  "conflicts": [],
                  "uniqueClaims": [],
                  "quotes": [],
                  "attributions": [],
                  "citedSources": [],
                  "syndication": [],
                  "people": [],
                  "framing": [],
                  "timeline": []
                },
                {
                  "id": "9ab2",
                  "title": "Ferry crews in Velmora plan a strike",
                  "articleIds": [
                    "c3"
                  ],
                  "start": null,
                  "end": null,
                  "consensus": [],
                  "figures": [],
                  "conflicts": [],
                  "uniqueClaims": [],
                  "quotes": [],
                  "attributions": [],
                  "citedSources": [],
                  "syndication": [],
                  "people": [],
                  "framing": [],
                  "timeline": []
                }
              ]
            }
            """;

    @Test
    void writesTheContractExactly() {
        assertEquals(EXPECTED, new String(EventsJson.toBytes(Fixtures.analysis()), StandardCharsets.UTF_8));
    }

    @Test
    void equalInputGivesEqualBytes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        EventsJson.write(Fixtures.analysis(), first);
        EventsJson.write(Fixtures.analysis(), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(EventsJson.FILE_NAME);
        EventsJson.write(Fixtures.analysis(), file);
        Analysis back = EventsJson.read(file);
        Analysis original = Fixtures.analysis();
        assertEquals(List.of(Fixtures.bridgeCopy(), Fixtures.bridge(), Fixtures.ferry()), back.articles());
        assertEquals(original.events(), back.events());
        assertEquals(original.annotations(), back.annotations());
        assertEquals(List.of(), back.problems());
        assertArrayEquals(Files.readAllBytes(file), EventsJson.toBytes(back));
    }

    @Test
    void writesUtf8AndEscapesWhatJsonRequires() throws IOException {
        Article a = new Article("ü1", "Straße „Nord“ 🚢", "Ōtaki Post", null, null, null, "de",
                "line \"one\"\ttab\u0001\nline two </script>", List.of());
        Analysis analysis = new Analysis(List.of(a), List.of(), List.of());
        String json = new String(EventsJson.toBytes(analysis), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"title\": \"Straße „Nord“ 🚢\""), json);
        assertTrue(json.contains("\"text\": \"line \\\"one\\\"\\ttab\\u0001\\nline two </script>\""), json);
        assertEquals(a, EventsJson.read(new ByteArrayInputStream(EventsJson.toBytes(analysis))).articles().get(0));
    }

    @Test
    void replacesUnpairedSurrogatesInsteadOfFailing() throws IOException {
        Article a = new Article("x", "broken \uD800 title", "o", null, null, null, null, "ok \uDC00", List.of());
        Analysis back = read(new String(EventsJson.toBytes(new Analysis(List.of(a), List.of(), List.of())),
                StandardCharsets.UTF_8));
        assertEquals("broken \uFFFD title", back.articles().get(0).title());
        assertEquals("ok \uFFFD", back.articles().get(0).text());
    }

    @Test
    void readsFilesWithFieldsItDoesNotKnowAndWithoutOptionalOnes() throws IOException {
        Analysis back = read("""
                {"version": 7,
                 "articles": [{"id": "a", "outlet": "Daily Fig", "text": "Body.", "quotes": [{"q": 1}]}],
                 "events": [{"id": "e", "articleIds": ["a"], "dossier": {"sections": []}}]}
                """);
        assertEquals(List.of(new Article("a", null, "Daily Fig", null, null, null, null, "Body.", List.of())),
                back.articles());
        assertEquals(List.of(new Event("e", null, List.of("a"), null, null)), back.events());
    }

    @Test
    void readsAnEmptyObjectAsAnEmptyAnalysis() throws IOException {
        assertEquals(new Analysis(List.of(), List.of(), List.of()), read("{}"));
    }

    @Test
    void rejectsInvalidFilesWithAReason() {
        assertThrows(IOException.class, () -> read("{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\"}]}"));
        assertThrows(IOException.class, () -> read("{\"articles\": [], \"articles\": []}"));
        assertThrows(IOException.class, () -> read("{\"events\": [{\"id\": \"e\", \"start\": \"25 Nov\"}]}"));
        assertThrows(IOException.class, () -> read("{\"events\": []} trailing"));
        assertThrows(IOException.class, () -> read("[1, 2]"));
        assertThrows(IOException.class, () -> read("null"));
        assertThrows(IOException.class, () -> read(""));
        IOException e = assertThrows(IOException.class,
                () -> read("{\"events\": [{\"id\": \"e\", \"start\": \"2031-02-30\"}]}"));
        assertTrue(e.getMessage().contains("2031-02-30"), e.getMessage());
    }

    @Test
    void namesTheFileWhenReadingFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.json");
        Files.writeString(file, "{\"articles\": 3}");
        IOException e = assertThrows(IOException.class, () -> EventsJson.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void keepsDatesAsCalendarDates() throws IOException {
        Event e = new Event("e", "t", List.of(), LocalDate.of(999, 1, 2), LocalDate.of(2031, 12, 31));
        String json = new String(EventsJson.toBytes(new Analysis(List.of(), List.of(e), List.of())),
                StandardCharsets.UTF_8);
        assertTrue(json.contains("\"start\": \"0999-01-02\""), json);
        assertEquals(List.of(e), read(json).events());
    }

    @Test
    void readsBackArticlesLongerThanJacksonsDefaultLimit() throws IOException {
        String text = "x".repeat(20_000_100);
        Article a = new Article("long", null, "o", null, null, null, null, text, List.of());
        Analysis analysis = new Analysis(List.of(a), List.of(), List.of());
        Analysis back = EventsJson.read(new ByteArrayInputStream(EventsJson.toBytes(analysis)));
        assertEquals(text.length(), back.articles().get(0).text().length());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nothing.json");
        IOException e = assertThrows(NoSuchFileException.class, () -> EventsJson.read(missing));
        assertEquals(missing.toString(), e.getMessage());
    }

    private static Analysis read(String json) throws IOException {
        return EventsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
