package org.parallax.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code parallax analyze crawl.warc.gz} works like any other input. */
class AnalyzeWarcTest {
    @TempDir
    Path dir;

    private static void response(WarcWriter w, String url, int status, String title, String text) throws IOException {
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                + text + "</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(status, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2031-06-02T09:00:00Z")).body(http)
                .build());
    }

    @Test
    void analyzesTheHtmlResponsesOfAGzippedWarc() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            response(w, "https://westline-courier.example/ferry", 200, "Ferry runs aground off Tarnow Point",
                    "The Saint Maren, a Westline ferry carrying 212 passengers, struck a sandbank off Tarnow Point "
                            + "on Monday, the coastguard said.");
            response(w, "https://tarnow-daily.example/aground", 200, "Westline ferry aground near Tarnow Point",
                    "A Westline ferry with 212 passengers on board ran aground on a sandbank off Tarnow Point on "
                            + "Monday, coastguard spokesman Per Lund said.");
            response(w, "https://tarnow-daily.example/missing", 404, "Not found", "This page does not exist.");
        }
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("analyze", warc.toString(), "--out", out.toString(), "--no-annotate");

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(warc + ": warning: 2 of 3 records read as articles; skipped: 1 status 404"),
                run.err().lines().filter(l -> l.startsWith(warc.toString())).toList());
        JsonNode events = new ObjectMapper().readTree(out.resolve("events.json").toFile());
        JsonNode articles = events.get("articles");
        assertEquals(2, articles.size());
        assertEquals("crawl-1", articles.get(0).get("id").asText());
        assertEquals("https://westline-courier.example/ferry", articles.get(0).get("url").asText());
        assertEquals("westline-courier.example", articles.get(0).get("outlet").asText());
        assertEquals("2031-06-02", articles.get(0).get("published").asText());
        assertTrue(events.get("events").size() >= 1);
    }
}
