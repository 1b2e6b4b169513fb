package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parallax.eval.SyntheticNews;
import org.parallax.ingest.IngestSettings;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Article;
import org.parallax.render.Html;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax bench warc}: how fast WARC input is read. Writes a gzipped WARC of synthetic news pages (a request
 * and a response record per page, as crawlers write them; each page wrapped in site furniture), then times the ingest
 * stage on it: record parsing, decompression, charset decoding and main-text extraction.
 */
@Command(name = "warc", mixinStandardHelpOptions = true,
        description = {"Writes a gzipped WARC of synthetic news pages (seeded), then times reading it as input "
                + "(WARC parsing, gzip, charset decoding, HTML extraction): a warm-up run, then timed runs; prints "
                + "the median wall-clock time and pages per second (one thread)."})
final class BenchWarcCommand implements Callable<Integer> {
    private static final long SEED = 20261125L;
    private static final Instant CRAWLED = Instant.parse("2031-09-04T10:15:00Z");

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "2000",
            description = "Pages in the archive (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        if (pages < 1 || runs < 1) {
            throw new ParameterException(spec.commandLine(), "--pages and --runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path file = Files.createTempFile("parallax-bench-", ".warc.gz");
        try {
            write(file, pages);
            out.printf(Locale.ROOT, "archive: %,d pages, %,d bytes gzipped%n", pages, Files.size(file));
            read(file);
            List<Long> times = new ArrayList<>();
            int read = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                read = read(file);
                times.add(System.nanoTime() - start);
            }
            times.sort(null);
            double seconds = times.get(times.size() / 2) / 1e9;
            out.printf(Locale.ROOT, "read %,d articles: median %.2f s, %,.0f pages/s%n", read, seconds,
                    pages / seconds);
            out.flush();
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int read(Path file) {
        AtomicInteger n = new AtomicInteger();
        new Ingestor(IngestSettings.defaults()).read(List.of(file), a -> n.incrementAndGet(), p -> { });
        return n.get();
    }

    /** Writes {@code count} request/response pairs of synthetic news pages. */
    static void write(Path file, int count) throws IOException {
        List<Article> articles = new SyntheticNews(SEED).generate(count).articles();
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                WarcCompression.GZIP)) {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                URI uri = URI.create("https://" + a.outlet().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "")
                        + ".example/news/" + i);
                writer.write(new WarcRequest.Builder(uri).date(CRAWLED)
                        .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost())
                                .build()).build());
                byte[] html = page(a).getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html).build();
                writer.write(new WarcResponse.Builder(uri).date(CRAWLED).body(http).build());
            }
        }
    }

    /** The article as a news page would carry it: metadata, navigation, the story, related links, a footer. */
    private static String page(Article a) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(a.title())).append(" | ").append(Html.escape(a.outlet())).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(Html.escape(a.outlet())).append("\">")
                .append("<script>var analytics = {page: 'article'};</script></head><body>")
                .append("<header><nav><ul>");
        for (String section : new String[] {"Home", "World", "Business", "Sport", "Culture", "Opinion"}) {
            sb.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">").append(section)
                    .append("</a></li>");
        }
        sb.append("</ul></nav></header><main><article><h1>").append(Html.escape(a.title())).append("</h1>");
        for (String paragraph : a.text().split("\n\n")) {
            sb.append("<p>").append(Html.escape(paragraph)).append("</p>");
        }
        sb.append("</article><aside class=\"related\"><h3>Related</h3><ul>");
        for (int i = 0; i < 5; i++) {
            sb.append("<li><a href=\"/news/r").append(i).append("\">More from ").append(Html.escape(a.outlet()))
                    .append(", story ").append(i).append("</a></li>");
        }
        return sb.append("</ul></aside></main><footer><p>All rights reserved.</p></footer></body></html>")
                .toString();
    }
}
