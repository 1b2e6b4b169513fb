package org.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.json.PackageVersion;

import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.render.EventsJson;

/**
 * This module runs the core on Jackson 2.15 (what Spark 3.5 needs): the core's events.json writer must give the
 * same bytes there as on the core's own 2.17, and read them back.
 */
class JacksonVersionTest {

    @Test
    void theModuleRunsOnJackson215() {
        assertEquals(2, PackageVersion.VERSION.getMajorVersion());
        assertEquals(15, PackageVersion.VERSION.getMinorVersion());
    }

    @Test
    void eventsJsonIsWrittenExactlyAsOnTheCoresJacksonAndReadBack() throws Exception {
        Article article = new Article("lake-1", "Ferry fire on Lake Varnen", "Varnen Post", null,
                LocalDate.of(2031, 5, 6), null, "en", "The ferry burned.", List.of());
        Event event = new Event("0123456789abcdef", "Ferry fire on Lake Varnen", List.of("lake-1"),
                LocalDate.of(2031, 5, 6), LocalDate.of(2031, 5, 6));
        Analysis analysis = new Analysis(List.of(article), List.of(event), List.of());

        byte[] bytes = EventsJson.toBytes(analysis);

        assertEquals(""
                + "{\n"
                + "  \"articles\": [\n"
                + "    {\n"
                + "      \"id\": \"lake-1\",\n"
                + "      \"title\": \"Ferry fire on Lake Varnen\",\n"
                + "      \"outlet\": \"Varnen Post\",\n"
                + "      \"author\": null,\n"
                + "      \"published\": \"2031-05-06\",\n"
                + "      \"publishedSource\": null,\n"
                + "      \"modified\": null,\n"
                + "      \"url\": null,\n"
                + "      \"language\": \"en\",\n"
                + "      \"text\": \"The ferry burned.\",\n"
                + "      \"removed\": [],\n"
                + "      \"entities\": [],\n"
                + "      \"quotes\": [],\n"
                + "      \"quantities\": [],\n"
                + "      \"dates\": [],\n"
                + "      \"attributions\": []\n"
                + "    }\n"
                + "  ],\n"
                + "  \"events\": [\n"
                + "    {\n"
                + "      \"id\": \"0123456789abcdef\",\n"
                + "      \"title\": \"Ferry fire on Lake Varnen\",\n"
                + "      \"articleIds\": [\n"
                + "        \"lake-1\"\n"
                + "      ],\n"
                + "      \"start\": \"2031-05-06\",\n"
                + "      \"end\": \"2031-05-06\",\n"
                + "      \"consensus\": [],\n"
                + "      \"figures\": [],\n"
                + "      \"conflicts\": [],\n"
                + "      \"uniqueClaims\": [],\n"
                + "      \"quotes\": [],\n"
                + "      \"attributions\": [],\n"
                + "      \"citedSources\": [],\n"
                + "      \"syndication\": [],\n"
                + "      \"people\": [],\n"
                + "      \"framing\": [],\n"
                + "      \"timeline\": []\n"
                + "    }\n"
                + "  ]\n"
                + "}\n", new String(bytes, StandardCharsets.UTF_8));
        Analysis back = EventsJson.read(new java.io.ByteArrayInputStream(bytes));
        assertEquals(analysis.articles(), back.articles());
        assertEquals(analysis.events(), back.events());
    }
}
