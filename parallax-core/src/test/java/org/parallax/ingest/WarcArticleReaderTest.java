package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.ingest.WarcFixture.cut;
import static org.parallax.ingest.WarcFixture.html;
import static org.parallax.ingest.WarcFixture.join;
import static org.parallax.ingest.WarcFixture.metadata;
import static org.parallax.ingest.WarcFixture.page;
import static org.parallax.ingest.WarcFixture.request;
import static org.parallax.ingest.WarcFixture.response;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

class WarcArticleReaderTest {
    private static final String FAIR = "https://www.harbourgazette.example/2031/fair";
    private static final String REGATTA = "https://lakeside.example/news/regatta";
    private static final String CANONICAL_REGATTA = "https://lakeside.example/news/regatta-postponed";
    private static final String LATE = "https://lakeside.example/news/late";

    @TempDir
    Path dir;

    private final List<RawArticle> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /** The records every archive here starts with: two pages and four records that are not articles. */
    private static byte[][] ordinaryRecords(WarcCompression c) throws IOException {
        return new byte[][] {
            request(FAIR, c),
            html(FAIR, page("Autumn fair opens", "The autumn fair", ""), c),
            metadata(FAIR, c),
            response("https://www.harbourgazette.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}, c),
            response("https://www.harbourgazette.example/gone", 404, "text/html",
                    page("Not found", "Nothing", "").getBytes(UTF_8), c),
            html(REGATTA, page("Regatta postponed", "The regatta",
                    "<link rel=\"canonical\" href=\"" + CANONICAL_REGATTA + "\">"
                            + "<meta property=\"article:published_time\" content=\"2031-08-30T08:00:00Z\">"), c),
        };
    }

    private void read(Path file) {
        new Ingestor(IngestSettings.defaults()).read(List.of(file), articles::add, problems::add);
    }

    @Test
    void readsHtmlResponsesAndSkipsTheRestUpToATruncatedLastRecord() throws IOException {
        WarcCompression c = WarcCompression.NONE;
        byte[] truncated = cut(html(LATE, page("Late news", "The late ferry", ""), c), 0.6);
        Path file = dir.resolve("crawl.warc");
        Files.write(file, join(join(ordinaryRecords(c)), truncated));

        read(file);

        assertEquals(List.of("crawl-2", "crawl-6"), articles.stream().map(RawArticle::id).toList(), problems::toString);
        RawArticle fair = articles.get(0);
        assertEquals(FAIR, fair.url());
        assertEquals("harbourgazette.example", fair.outlet());
        assertEquals("Autumn fair opens", fair.title());
        // No date in the page: the crawl date is the date of last resort.
        assertEquals(LocalDate.of(2031, 9, 4), fair.published());
        assertEquals(file + "#2", fair.origin());
        RawArticle regatta = articles.get(1);
        assertEquals(CANONICAL_REGATTA, regatta.url());
        assertEquals(LocalDate.of(2031, 8, 30), regatta.published());
        // The extractor decides whether the headline opens the text; the paragraphs must all be there, in order.
        assertEndsWith("The regatta drew crowds to the square on Thursday, the organisers said.\n\n"
                + "Officials counted more visitors than in any year before, and the ferries ran late.\n\n"
                + "Residents said the noise ended shortly before midnight.", regatta.text());

        long lateOffset = join(ordinaryRecords(c)).length;
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(file + ": skipped: record 7 at byte " + lateOffset + " is corrupt or truncated",
                problems.get(0).toString().replaceAll(" \\(.*", ""));
        assertEquals(file + ": warning: 2 of 7 records read as articles; skipped: 1 corrupt or truncated, "
                + "1 metadata, 1 not HTML, 1 request, 1 status 404", problems.get(1).toString());
    }

    @Test
    void gzippedArchiveLosesOnlyTheRecordCutInTheMiddle() throws IOException {
        WarcCompression c = WarcCompression.GZIP;
        byte[] ordinary = join(ordinaryRecords(c));
        byte[] truncated = cut(html(LATE, page("Late news", "The late ferry", ""), c), 0.5);
        byte[] after = html("https://lakeside.example/news/after", page("Market reopens", "The market", ""), c);
        Path file = dir.resolve("news.warc.gz");
        Files.write(file, join(ordinary, truncated, after));

        read(file);

        assertEquals(List.of("news-2", "news-6", "news-8"), articles.stream().map(RawArticle::id).toList());
        assertEquals("Market reopens", articles.get(2).title());
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(file + ": skipped: record 7 at byte " + ordinary.length + " is corrupt or truncated",
                problems.get(0).toString().replaceAll(" \\(.*", ""));
        assertEquals(file + ": warning: 3 of 8 records read as articles; skipped: 1 corrupt or truncated, "
                + "1 metadata, 1 not HTML, 1 request, 1 status 404", problems.get(1).toString());
    }

    @Test
    void garbageBetweenRecordsIsReportedOnceAndReadingGoesOn() throws IOException {
        WarcCompression c = WarcCompression.NONE;
        byte[] first = html(FAIR, page("Autumn fair opens", "The autumn fair", ""), c);
        byte[] garbage = "WARC/1.1\r\nthis is not a header\r\n\r\n".getBytes(UTF_8);
        byte[] last = html(REGATTA, page("Regatta postponed", "The regatta", ""), c);
        Path file = dir.resolve("mixed.warc");
        Files.write(file, join(first, garbage, last));

        read(file);

        assertEquals(List.of("mixed-1", "mixed-3"), articles.stream().map(RawArticle::id).toList());
        assertEquals(file + ": skipped: record 2 at byte " + first.length + " is corrupt or truncated",
                problems.get(0).toString().replaceAll(" \\(.*", ""));
    }

    @Test
    void recordsOverTheSizeLimitAreSkippedOneByOne() throws IOException {
        WarcCompression c = WarcCompression.GZIP;
        String big = page("Long read", "The long read " + "and more ".repeat(400), "");
        Path file = dir.resolve("big.warc.gz");
        Files.write(file, join(html(FAIR, page("Autumn fair opens", "The autumn fair", ""), c),
                html(REGATTA, big, c)));

        new Ingestor(new IngestSettings(2_000, 1_000_000, 1 << 20)).read(List.of(file), articles::add,
                problems::add);

        assertEquals(List.of("big-1"), articles.stream().map(RawArticle::id).toList());
        assertEquals(file + ": skipped: record 2 at byte", problems.get(0).toString().replaceAll(" \\d+ \\(.*", ""));
        assertEquals(true, problems.get(0).reason().endsWith("bytes, over the limit of 2000 bytes"),
                problems.get(0)::toString);
    }

    @Test
    void aFileWithoutRecordsIsSkipped() throws IOException {
        Path file = dir.resolve("empty.warc");
        Files.write(file, "not an archive at all\n".getBytes(UTF_8));

        read(file);

        assertEquals(List.of(), articles);
        assertEquals(List.of(file + ": skipped: not a WARC file (it starts neither with a WARC/1.x line nor with "
                + "gzip)"), problems.stream().map(Problem::toString).toList());
    }

    private static void assertEndsWith(String expectedEnd, String actual) {
        assertEquals(expectedEnd, actual.substring(Math.max(0, actual.length() - expectedEnd.length())));
    }
}
