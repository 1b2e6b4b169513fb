package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds WARC records as bytes with jwarc's writer, one record per call, so tests can cut and join them. */
final class WarcFixture {
    static final Instant CRAWLED = Instant.parse("2031-09-04T10:15:00Z");

    private WarcFixture() {
    }

    /** A news page about {@code subject}, with three invented paragraphs; {@code head} goes into its head. */
    static String page(String title, String subject, String head) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>"
                + title + "</h1><p>" + subject + " drew crowds to the square on Thursday, the organisers said.</p>"
                + "<p>Officials counted more visitors than in any year before, and the ferries ran late.</p>"
                + "<p>Residents said the noise ended shortly before midnight.</p></article></body></html>";
    }

    /** A response record with the given HTTP status, content type and body. */
    static byte[] response(String url, int status, String contentType, byte[] body, WarcCompression compression)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .addHeader("Content-Type", contentType)
                .body(MediaType.parse(contentType), body)
                .build();
        return bytes(new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build(), compression);
    }

    /** A 200 response holding an HTML page. */
    static byte[] html(String url, String page, WarcCompression compression) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", page.getBytes(UTF_8), compression);
    }

    /** A request record for {@code url}. */
    static byte[] request(String url, WarcCompression compression) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                .addHeader("Host", URI.create(url).getHost()).build();
        return bytes(new WarcRequest.Builder(URI.create(url)).date(CRAWLED).body(http).build(), compression);
    }

    /** A metadata record about {@code url}. */
    static byte[] metadata(String url, WarcCompression compression) throws IOException {
        return bytes(new WarcMetadata.Builder().targetURI(URI.create(url)).date(CRAWLED)
                .body(MediaType.parse("application/warc-fields"), "fetchTimeMs: 12\r\n".getBytes(UTF_8))
                .build(), compression);
    }

    /** The record's first {@code keep} share of bytes: a record cut short, as by a crawler killed mid-write. */
    static byte[] cut(byte[] record, double keep) {
        return Arrays.copyOf(record, (int) (record.length * keep));
    }

    /** The records one after another. */
    static byte[] join(byte[]... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            out.writeBytes(r);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(WarcRecord record, WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
            writer.write(record);
        }
        return out.toByteArray();
    }
}
