package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.parallax.Parallax;
import org.parallax.Settings;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Problem;

/**
 * WARC archives that lie: records cut short and records whose {@code Content-Length} is larger or smaller than the
 * record, or absurdly large. The archive's other records and the good article beside it must still come out.
 */
class HostileWarcTest {
    private static final Pattern LENGTH = Pattern.compile("Content-Length: (\\d+)\r\n");

    @TempDir
    Path dir;

    private static byte[] page(String url, String title) throws IOException {
        return WarcFixture.html(url, WarcFixture.page(title, "The " + title.toLowerCase() + " fair", ""),
                WarcCompression.NONE);
    }

    /** The record with its WARC Content-Length (the first one, in the WARC header) replaced by {@code length}. */
    private static byte[] withLength(byte[] record, String length) {
        String s = new String(record, ISO_8859_1);
        Matcher m = LENGTH.matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no Content-Length");
        }
        return (s.substring(0, m.start(1)) + length + s.substring(m.end(1))).getBytes(ISO_8859_1);
    }

    private static long declaredLength(byte[] record) {
        Matcher m = LENGTH.matcher(new String(record, ISO_8859_1));
        m.find();
        return Long.parseLong(m.group(1));
    }

    private Analysis analyze(byte[] archive) throws IOException {
        Files.write(dir.resolve("crawl.warc"), archive);
        HostileFiles.good(dir);
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Parallax.analyze(List.of(dir),
                Settings.defaults().withThreads(1).withAnnotate(false)));
    }

    private static List<String> titles(Analysis a) {
        return a.articles().stream().map(Article::title).sorted().toList();
    }

    /** The problems as printed, without the folder, jwarc's own detail (a quoted snippet) left out. */
    private List<String> problems(Analysis a) {
        return a.problems().stream().map(Problem::toString)
                .map(p -> p.replace(dir + "/", ""))
                .map(p -> p.replaceAll("(?s) \\((?:invalid|[Ee]xpected).*?\\); reading on", "; reading on"))
                .toList();
    }

    @Test
    void lengthLargerThanTheRecordSwallowsTheNextOneAndStopsThere() throws IOException {
        byte[] first = page("https://news.example/a", "Orchard");
        byte[] liar = page("https://news.example/b", "Harbour");
        byte[] last = page("https://news.example/c", "Quarry");
        Analysis a = analyze(WarcFixture.join(first,
                withLength(liar, String.valueOf(declaredLength(liar) + 100)), last));
        assertEquals(List.of("Harbour", "Lighthouse on Corran Isle relit after forty years", "Orchard", "Quarry"), titles(a));
        assertEquals(List.of(
                "crawl.warc: skipped: record 3 at byte 1520 is corrupt or truncated; reading on from the next record",
                "crawl.warc: warning: 3 of 4 records read as articles; skipped: 1 corrupt or truncated"), problems(a));
    }

    @Test
    void lengthSmallerThanTheRecordLeavesGarbageThatIsSkipped() throws IOException {
        byte[] first = page("https://news.example/a", "Orchard");
        byte[] liar = page("https://news.example/b", "Harbour");
        byte[] last = page("https://news.example/c", "Quarry");
        Analysis a = analyze(WarcFixture.join(first,
                withLength(liar, String.valueOf(declaredLength(liar) / 2)), last));
        assertEquals(List.of("Harbour", "Lighthouse on Corran Isle relit after forty years", "Orchard", "Quarry"), titles(a));
        assertEquals(List.of(
                "crawl.warc: skipped: record 3 at byte 1520 is corrupt or truncated; reading on from the next record",
                "crawl.warc: warning: 3 of 4 records read as articles; skipped: 1 corrupt or truncated"), problems(a));
    }

    @Test
    void absurdLengthIsNotAllocated() throws IOException {
        byte[] first = page("https://news.example/a", "Orchard");
        byte[] liar = page("https://news.example/b", "Harbour");
        Analysis a = analyze(WarcFixture.join(first, withLength(liar, "999999999999999")));
        assertEquals(List.of("Lighthouse on Corran Isle relit after forty years", "Orchard"), titles(a));
        assertEquals(List.of(
                "crawl.warc: skipped: record 2 at byte 760 (https://news.example/b): record is 999999999999999 bytes, over the"
                        + " limit of 67108864 bytes",
                "crawl.warc: skipped: record 2 at byte 760 is corrupt or truncated; reading on from the next record",
                "crawl.warc: warning: 1 of 2 records read as articles; skipped: 1 corrupt or truncated, 1 over the size"
                        + " limit"), problems(a));
    }

    @Test
    void pageOverTheHtmlLimitIsNotParsed() throws IOException {
        byte[] first = page("https://news.example/a", "Orchard");
        String huge = WarcFixture.page("Harbour", "The harbour fair", "") + "<p>x</p>".repeat(2_200_000);
        byte[] big = WarcFixture.html("https://news.example/b", huge, WarcCompression.NONE);
        Analysis a = analyze(WarcFixture.join(first, big));
        assertEquals(List.of("Lighthouse on Corran Isle relit after forty years", "Orchard"), titles(a));
        assertEquals(List.of(
                "crawl.warc: skipped: record 2 at byte 760 (https://news.example/b): page is " + huge.length()
                        + " bytes, over the limit of 16777216 bytes for a page; not parsed",
                "crawl.warc: warning: 1 of 2 records read as articles; skipped: 1 over the size limit"), problems(a));
    }

    @Test
    void truncatedArchiveKeepsTheRecordsBeforeTheCut() throws IOException {
        byte[] first = page("https://news.example/a", "Orchard");
        byte[] last = page("https://news.example/c", "Quarry");
        Analysis a = analyze(WarcFixture.join(first, WarcFixture.cut(last, 0.6)));
        assertEquals(List.of("Lighthouse on Corran Isle relit after forty years", "Orchard"), titles(a));
        assertEquals(List.of(
                "crawl.warc: skipped: record 2 at byte 760 is corrupt or truncated; reading on from the next record",
                "crawl.warc: warning: 1 of 2 records read as articles; skipped: 1 corrupt or truncated"), problems(a));
    }
}
