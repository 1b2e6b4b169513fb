package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.Citation;
import org.parallax.model.CitedSource;
import org.parallax.model.Claim;
import org.parallax.model.Description;
import org.parallax.model.Dossier;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;
import org.parallax.model.Framing;
import org.parallax.model.Person;
import org.parallax.model.QuoteGroup;
import org.parallax.model.QuoteVariant;
import org.parallax.model.Syndication;
import org.parallax.model.TimelineEntry;

/** The dossier fields of {@code events[]} in events.json: exact form, number handling, round trip. */
class DossierJsonTest {
    private static final String S1 = "The harbour bridge in Velmora reopened on Friday.";
    private static final String S2 = "Velmora's harbour bridge is open again, the town council said.";

    /** One item in every section, for the event e0f1 of {@link Fixtures#analysis()}. */
    static Dossier smallDossier() {
        Evidence b2 = new Evidence("b2", S1, 0, 49);
        Evidence a1 = new Evidence("a1", S2, 0, 62);
        return new Dossier(
                List.of(new Claim(S1, List.of("a1", "b2"), List.of(a1, b2))),
                List.of(new Figure("cars in the first hour", "count", List.of(
                        new FigureValue(1200L, true, List.of("b2"), List.of()),
                        new FigureValue(2.5, false, List.of("a1"), List.of()),
                        new FigureValue(17.0, false, List.of(), List.of()))),
                        new Figure("reopening date", "date", List.of(
                                new FigureValue("2031-03-14", false, List.of("b2"), List.of(b2))))),
                List.of(new Figure("cars in the first hour", "count", List.of(
                        new FigureValue(1200L, true, List.of("b2"), List.of())))),
                List.of(new Claim(S2, List.of("a1"), List.of(a1))),
                List.of(new QuoteGroup(null, List.of(new QuoteVariant("a1", "open again", "council", 26, 36)))),
                List.of(new Citation("a1", "the town council", "said", S2)),
                List.of(new CitedSource("the town council", List.of("a1"))),
                List.of(new Syndication(List.of("a1", "b2"), List.of("harbour bridge"), 0.25, "translated")),
                List.of(new Person("Ines Varga", "PERSON", List.of("b2"),
                        List.of(new Description("reporter", "b2")))),
                List.of(new Framing("a1", List.of("open again"))),
                List.of(new TimelineEntry("2031-03-14", "The bridge reopened", List.of("b2"), List.of(b2))));
    }

    static Analysis withDossier(Dossier d) {
        Analysis a = Fixtures.analysis();
        return new Analysis(a.articles(), a.events(), a.problems(), a.annotations(), Map.of("e0f1", d));
    }

    private static final String EXPECTED_EVENT = """
                {
                  "id": "e0f1",
                  "title": "Harbour bridge in Velmora reopens after repairs",
                  "articleIds": [
                    "a1",
                    "b2"
                  ],
                  "start": "2031-03-14",
                  "end": "2031-03-15",
                  "consensus": [
                    {
                      "statement": "The harbour bridge in Velmora reopened on Friday.",
                      "articleIds": [
                        "a1",
                        "b2"
                      ],
                      "evidence": [
                        {
                          "articleId": "a1",
                          "sentence": "Velmora's harbour bridge is open again, the town council said.",
                          "start": 0,
                          "end": 62
                        },
                        {
                          "articleId": "b2",
                          "sentence": "The harbour bridge in Velmora reopened on Friday.",
                          "start": 0,
                          "end": 49
                        }
                      ]
                    }
                  ],
                  "figures": [
                    {
                      "about": "cars in the first hour",
                      "kind": "count",
                      "values": [
                        {
                          "value": 1200,
                          "approximate": true,
                          "articleIds": [
                            "b2"
                          ],
                          "evidence": []
                        },
                        {
                          "value": 2.5,
                          "approximate": false,
                          "articleIds": [
                            "a1"
                          ],
                          "evidence": []
                        },
                        {
                          "value": 17,
                          "approximate": false,
                          "articleIds": [],
                          "evidence": []
                        }
                      ]
                    },
                    {
                      "about": "reopening date",
                      "kind": "date",
                      "values": [
                        {
                          "value": "2031-03-14",
                          "approximate": false,
                          "articleIds": [
                            "b2"
                          ],
                          "evidence": [
                            {
                              "articleId": "b2",
                              "sentence": "The harbour bridge in Velmora reopened on Friday.",
                              "start": 0,
                              "end": 49
                            }
                          ]
                        }
                      ]
                    }
                  ],
                  "conflicts": [
                    {
                      "about": "cars in the first hour",
                      "kind": "count",
                      "values": [
                        {
                          "value": 1200,
                          "approximate": true,
                          "articleIds": [
                            "b2"
                          ],
                          "evidence": []
                        }
                      ]
                    }
                  ],
                  "uniqueClaims": [
                    {
                      "statement": "Velmora's harbour bridge is open again, the town council said.",
                      "articleIds": [
                        "a1"
                      ],
                      "evidence": [
                        {
                          "articleId": "a1",
                          "sentence": "Velmora's harbour bridge is open again, the town council said.",
                          "start": 0,
                          "end": 62
                        }
                      ]
                    }
                  ],
                  "quotes": [
                    {
                      "speaker": null,
                      "variants": [
                        {
                          "articleId": "a1",
                          "text": "open again",
                          "via": "council",
                          "start": 26,
                          "end": 36
                        }
                      ]
                    }
                  ],
                  "attributions": [
                    {
                      "articleId": "a1",
                      "source": "the town council",
                      "cue": "said",
                      "sentence": "Velmora's harbour bridge is open again, the town council said."
                    }
                  ],
                  "citedSources": [
                    {
                      "source": "the town council",
                      "articleIds": [
                        "a1"
                      ]
                    }
                  ],
                  "syndication": [
                    {
                      "articleIds": [
                        "a1",
                        "b2"
                      ],
                      "sharedText": [
                        "harbour bridge"
                      ],
                      "score": 0.25,
                      "kind": "translated"
                    }
                  ],
                  "people": [
                    {
                      "name": "Ines Varga",
                      "type": "PERSON",
                      "articleIds": [
                        "b2"
                      ],
                      "descriptions": [
                        {
                          "text": "reporter",
                          "articleId": "b2"
                        }
                      ]
                    }
                  ],
                  "framing": [
                    {
                      "articleId": "a1",
                      "terms": [
                        "open again"
                      ]
                    }
                  ],
                  "timeline": [
                    {
                      "date": "2031-03-14",
                      "what": "The bridge reopened",
                      "articleIds": [
                        "b2"
                      ],
                      "evidence": [
                        {
                          "articleId": "b2",
                          "sentence": "The harbour bridge in Velmora reopened on Friday.",
                          "start": 0,
                          "end": 49
                        }
                      ]
                    }
                  ]
                },
            """;

    @Test
    void writesTheDossierFieldsExactly() {
        String json = new String(EventsJson.toBytes(withDossier(smallDossier())), StandardCharsets.UTF_8);
        String events = json.substring(json.indexOf("  \"events\": [\n") + "  \"events\": [\n".length());
        assertEquals(EXPECTED_EVENT, events.substring(0, Math.min(events.length(), EXPECTED_EVENT.length())));
    }

    @Test
    void roundTripsEveryDossierField() throws IOException {
        Analysis original = DossierFixtures.analysis();
        byte[] bytes = EventsJson.toBytes(original);
        Analysis back = EventsJson.read(new ByteArrayInputStream(bytes));
        assertEquals(original.dossiers(), back.dossiers());
        assertEquals(DossierFixtures.dossier(), back.dossierOf("f00d"));
        assertArrayEquals(bytes, EventsJson.toBytes(back));
    }

    @Test
    void figureValuesReadBackAsLongDoubleOrString() throws IOException {
        Analysis back = EventsJson.read(new ByteArrayInputStream(EventsJson.toBytes(withDossier(smallDossier()))));
        List<Object> values = back.dossierOf("e0f1").figures().stream()
                .flatMap(f -> f.values().stream()).map(FigureValue::value).toList();
        assertEquals(List.of(1200L, 2.5, 17L, "2031-03-14"), values);
        assertEquals(Long.class, values.get(2).getClass(), "a whole double is written and read as a whole number");
    }

    @Test
    void anEventWithoutADossierReadsBackWithout() throws IOException {
        Analysis back = EventsJson.read(new ByteArrayInputStream(EventsJson.toBytes(Fixtures.analysis())));
        assertEquals(Map.of(), back.dossiers());
        assertEquals(Dossier.EMPTY, back.dossierOf("e0f1"));
        assertEquals(Dossier.EMPTY, back.dossierOf("no such event"));
    }

    @Test
    void rejectsBrokenDossiersWithTheirPlace() {
        IOException e = assertThrows(IOException.class, () -> read("""
                {"events": [{"id": "e", "consensus": [{"statement": "s", "evidence": [{"start": 1}]}]}]}"""));
        assertTrue(e.getMessage().contains("events[0].consensus[0].evidence[0].articleId"), e.getMessage());
        e = assertThrows(IOException.class, () -> read("""
                {"events": [{"id": "e", "figures": [{"values": [{"value": [1, 2]}]}]}]}"""));
        assertTrue(e.getMessage().contains("events[0].figures[0].values[0].value"), e.getMessage());
        e = assertThrows(IOException.class, () -> read("""
                {"events": [{"id": "e", "framing": [{"articleId": "a", "terms": ["x", null]}]}]}"""));
        assertTrue(e.getMessage().contains("events[0].framing[0].terms[1]"), e.getMessage());
        e = assertThrows(IOException.class, () -> read("{\"events\": [{\"id\": \"e\", \"people\": [null]}]}"));
        assertTrue(e.getMessage().contains("events[0].people[0]"), e.getMessage());
    }

    @Test
    void readsBigAndOddNumbersAsNumbers() throws IOException {
        Analysis back = read("""
                {"events": [{"id": "e", "figures": [{"about": "a", "kind": "money", "values": [
                  {"value": 3000000000}, {"value": 1e3}, {"value": 0.1}, {"value": null}]}]}]}""");
        List<Object> values = back.dossierOf("e").figures().get(0).values().stream().map(FigureValue::value)
                .toList();
        assertEquals(java.util.Arrays.asList(3000000000L, 1000L, 0.1, null), values);
    }

    private static Analysis read(String json) throws IOException {
        return EventsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
