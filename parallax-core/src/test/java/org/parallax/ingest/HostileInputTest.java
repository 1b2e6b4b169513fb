package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.Settings;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Problem;

/**
 * The bad-input corpus: each test writes one kind of broken or hostile file beside a good article, runs the whole
 * pipeline (annotation off) and checks that the run finishes, that the problem names the file (and line) and the
 * reason, and that the good article still comes out. The big files are also read under {@code -Xmx1g} in
 * {@link BoundedMemoryTest}.
 */
class HostileInputTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** Analyses {@code dir} with one thread and no annotation, and checks the good article came out. */
    private Analysis analyze() throws IOException {
        HostileFiles.good(dir);
        Analysis a = assertTimeoutPreemptively(PATIENCE, () -> Parallax.analyze(List.of(dir),
                Settings.defaults().withThreads(1).withAnnotate(false)));
        List<String> ids = a.articles().stream().map(Article::id).toList();
        assertTrue(ids.contains("good"), "the good article is lost: " + ids + " " + a.problems());
        return a;
    }

    /** The one problem about {@code file}; fails when there is none or several. */
    private static Problem problemAbout(Analysis a, Path file) {
        List<Problem> about = a.problems().stream().filter(p -> p.source().equals(file.toString())).toList();
        if (about.size() != 1) {
            fail("expected one problem about " + file + ", got " + a.problems());
        }
        return about.get(0);
    }

    private static void assertSkipped(Problem p, long line, String reason) {
        assertTrue(p.fatal(), p::toString);
        assertEquals(line, p.line(), p::toString);
        assertEquals(reason, p.reason());
    }

    private static String ids(Analysis a) {
        return a.articles().stream().map(Article::id).sorted().collect(Collectors.joining(","));
    }

    @Test
    void emptyFileIsSkippedAsEmpty() throws IOException {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.html"), " \n\t\n");
        Analysis a = analyze();
        assertSkipped(problemAbout(a, f), 0, "empty file");
        assertSkipped(problemAbout(a, blank), 0, "empty file");
        assertEquals("good", ids(a));
    }

    @Test
    void randomBytesAndAnImageAreSkippedAsBinary() throws IOException {
        Path noise = Files.write(dir.resolve("noise.txt"), HostileFiles.randomBytes(100_000, 42));
        Path image = Files.write(dir.resolve("photo.png"), HostileFiles.png());
        Path html = Files.write(dir.resolve("noise.html"), HostileFiles.randomBytes(100_000, 43));
        Analysis a = analyze();
        assertTrue(problemAbout(a, noise).reason().startsWith("binary file"), () -> problemAbout(a, noise).reason());
        assertTrue(problemAbout(a, image).reason().startsWith("binary file"), () -> problemAbout(a, image).reason());
        assertTrue(problemAbout(a, html).reason().startsWith("binary file"), () -> problemAbout(a, html).reason());
        assertEquals("good", ids(a));
    }

    @Test
    void invalidUtf8IsReplacedWithAWarningNamingTheLine() throws IOException {
        byte[] head = "Bridge reopens in Hallam\n\nThe café by the bridge reopened on Friday, the council said.\nIt costs "
                .getBytes(UTF_8);
        byte[] bad = {(byte) 0xE2, (byte) 0x82, 'x', (byte) 0xFF};
        byte[] tail = " 4 million, the crème brûlée seller said.\n".getBytes(UTF_8);
        Path f = Files.write(dir.resolve("broken-utf8.txt"), concat(head, bad, tail));
        Analysis a = analyze();
        Problem p = problemAbout(a, f);
        assertEquals(false, p.fatal());
        assertEquals(4, p.line(), p::toString);
        assertEquals("3 byte(s) are not valid UTF-8 and were replaced by U+FFFD", p.reason());
        assertEquals("broken-utf8,good", ids(a));
    }

    @Test
    void mixedUtf8AndLatin1InOneFileIsReadWithAWarning() throws IOException {
        byte[] utf8 = "Crèche opens in Vellmar\n\nThe crèche opened on Monday.\n".getBytes(UTF_8);
        byte[] latin = "Parents said the caf\u00e9 next door was busy.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("mixed.txt"), concat(utf8, latin));
        Analysis a = analyze();
        Problem p = problemAbout(a, f);
        assertEquals(false, p.fatal());
        assertEquals(4, p.line(), p::toString);
        assertEquals("good,mixed", ids(a));
        String text = a.articles().stream().filter(x -> x.id().equals("mixed")).findFirst().orElseThrow().text();
        assertTrue(text.contains("crèche opened"), text);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognised() throws IOException {
        String article = "Orchard harvest starts early in Dunmere\n\nPickers began on Tuesday, two weeks early.\n";
        Path le = Files.write(dir.resolve("le.txt"), article.getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(dir.resolve("be.txt"), article.getBytes(StandardCharsets.UTF_16BE));
        Analysis a = analyze();
        assertEquals("no byte-order mark; read as UTF-16LE from its pattern of zero bytes",
                problemAbout(a, le).reason());
        assertEquals("no byte-order mark; read as UTF-16BE from its pattern of zero bytes",
                problemAbout(a, be).reason());
        assertEquals("be,good,le", ids(a));
    }

    @Test
    void fileOverTheByteLimitIsSkippedUnread() throws IOException {
        Path big = HostileFiles.sparse(dir.resolve("huge.txt"), 200L << 20);
        Path bigJson = HostileFiles.sparse(dir.resolve("huge.jsonl"), 200L << 20);
        Analysis a = analyze();
        assertSkipped(problemAbout(a, big), 0, "file is 209715200 bytes, over the limit of 67108864 bytes");
        assertSkipped(problemAbout(a, bigJson), 0, "file is 209715200 bytes, over the limit of 67108864 bytes");
    }

    @Test
    void fiftyMegabyteSingleLineIsRefusedBeforeParsing() throws IOException {
        Path txt = HostileFiles.repeated(dir.resolve("one-line.txt"), "word ", 50L << 20);
        Path html = HostileFiles.repeated(dir.resolve("one-line.html"), "<b>word</b> ", 50L << 20);
        long start = System.nanoTime();
        Analysis a = analyze();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertSkipped(problemAbout(a, txt), 0,
                "text is at least 13107200 characters, over the limit of 1000000 characters");
        assertSkipped(problemAbout(a, html), 0,
                "HTML page is 52428800 bytes, over the limit of 16777216 bytes for a page; not parsed");
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }

    @Test
    void bigFileOfUnknownKindIsRefusedOnceKnownToBeText() throws IOException {
        Path log = HostileFiles.repeated(dir.resolve("server.log"), "word ", 60L << 20);
        Analysis a = analyze();
        assertSkipped(problemAbout(a, log), 0,
                "text is 62914560 characters, over the limit of 1000000 characters");
    }

    @Test
    void gzipBombIsCutAtTheDecompressedLimit() throws IOException {
        Path bomb = HostileFiles.gzipBomb(dir.resolve("bomb.txt.gz"), 10L << 30);
        assertTrue(Files.size(bomb) < 12L << 20, "bomb is " + Files.size(bomb) + " bytes");
        Path jsonBomb = Files.copy(bomb, dir.resolve("bomb.jsonl.gz"));
        Analysis a = analyze();
        String reason = "decompressed size exceeds the limit of 67108864 bytes; stopped reading there";
        assertSkipped(problemAbout(a, bomb), 0, reason);
        assertSkipped(problemAbout(a, jsonBomb), 0, reason);
    }

    @Test
    void deeplyNestedHtmlIsRead() throws IOException {
        HostileFiles.deepHtml(dir.resolve("deep.html"), 100_000);
        Analysis a = analyze();
        assertEquals("deep,good", ids(a), () -> a.problems().toString());
        String text = a.articles().get(0).text();
        assertTrue(text.contains("timetable for Corran Isle"), text);
    }

    @Test
    void pageOfAMillionLinksIsRefusedBeforeParsing() throws IOException {
        Path f = HostileFiles.manyLinks(dir.resolve("links.html"), 1_000_000);
        Analysis a = analyze();
        assertSkipped(problemAbout(a, f), 0, "HTML page is " + Files.size(f)
                + " bytes, over the limit of 16777216 bytes for a page; not parsed");
    }

    @Test
    void pageOfAHundredThousandLinksIsRead() throws IOException {
        HostileFiles.manyLinks(dir.resolve("links.html"), 100_000);
        Analysis a = analyze();
        assertEquals("good,links", ids(a), a.problems()::toString);
        String text = a.articles().get(1).text();
        assertTrue(text.contains("timetable for Corran Isle"), text);
    }

    @Test
    void jsonLinesWithBrokenHugeAndDuplicateLines() throws IOException {
        String good = "{\"id\":\"jl-1\",\"title\":\"Tram line extended\",\"text\":\"The tram line to Osterby opened.\"}";
        String dupe = "{\"id\":\"jl-1\",\"title\":\"Tram line extended again\",\"text\":\"A copy with the same id.\"}";
        String other = "{\"id\":\"jl-2\",\"title\":\"Market moves\",\"text\":\"The Saturday market moved to the quay.\"}";
        String huge = "{\"id\":\"jl-3\",\"text\":\"" + "a".repeat(9 << 20) + "\"}";
        Path f = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                good, "{\"id\":\"jl-4\",\"text\":\"cut off", huge, good, dupe, "[1,2", other) + "\n");
        Analysis a = analyze();
        String name = f.toString();
        List<String> seen = a.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                name + ":2: skipped: not valid JSON: Unexpected end-of-input: was expecting closing quote for a"
                        + " string value",
                name + ":3: skipped: line is 9437207 characters, over the limit of 8388608; not parsed",
                name + ":6: skipped: not valid JSON: Unexpected end-of-input: expected close marker for Array"
                        + " (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                        + " disabled); line: 1, column: 1])",
                name + ":4: skipped: duplicate article id 'jl-1' (also in " + name + ":1): rename the file or give"
                        + " the JSON record another id",
                name + ":5: skipped: duplicate article id 'jl-1' (also in " + name + ":1): rename the file or give"
                        + " the JSON record another id"), seen);
        assertEquals("good,jl-1,jl-2", ids(a));
    }

    @Test
    void fileNamesWithNewlinesAndRawBytesAreReadAndNamed() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("two\nlines.txt"), HostileFiles.GOOD.replace("Lighthouse", "Beacon"));
        // A name that is not UTF-8 (Latin-1 'é'), made by the shell since Java cannot spell one.
        Process p = new ProcessBuilder("/bin/sh", "-c", "printf 'Pier repaired in Caldey\\n\\nThe pier reopened.\\n' "
                + "> \"$(printf 'caf\\351.txt')\"").directory(dir.toFile()).start();
        assertEquals(0, p.waitFor());
        Path empty = Files.write(dir.resolve("z\nempty.txt"), new byte[0]);
        Analysis a = analyze();
        assertEquals(3, a.articles().size(), () -> ids(a) + a.problems());
        // One message, on one line: the newline in the name is shown as an escape.
        assertEquals(List.of(dir + "/z\\nempty.txt: skipped: empty file"),
                a.problems().stream().map(Problem::toString).toList());
        assertEquals(empty.toString(), a.problems().get(0).source());
    }

    @Test
    void symbolicLinkLoopsAreReportedOnce() throws IOException {
        Path a1 = dir.resolve("loop-a.txt");
        Path b1 = dir.resolve("loop-b.txt");
        Files.createSymbolicLink(a1, b1.getFileName());
        Files.createSymbolicLink(b1, a1.getFileName());
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path back = Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));
        Analysis a = analyze();
        assertSkipped(problemAbout(a, a1), 0, "symbolic link loop");
        assertSkipped(problemAbout(a, b1), 0, "symbolic link loop");
        assertSkipped(problemAbout(a, back), 0, "symbolic link loop (leads back to " + dir.toRealPath() + ")");
    }

    @Test
    void unreadableFileIsReportedAsPermissionDenied() throws IOException {
        // Root reads everything, so this case cannot happen in CI containers that run as root.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
        Path f = Files.writeString(dir.resolve("secret.txt"), HostileFiles.GOOD);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        Analysis a = analyze();
        assertSkipped(problemAbout(a, f), 0, "permission denied");
    }

    @Test
    void folderNamedLikeAFileIsWalked() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("story.txt"));
        Files.writeString(folder.resolve("inner.txt"), HostileFiles.GOOD.replace("Lighthouse", "Beacon"));
        Analysis a = analyze();
        assertEquals("good,inner", ids(a));
        assertEquals(List.of(), a.problems());
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
