package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

class IngestorTest {
    private static final String HARBOUR = "Harbour strike ends after nine days\n\n"
            + "Dock workers in Port Avalon returned to work on Monday, the union said.\n";

    @TempDir
    Path dir;

    private final List<RawArticle> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(IngestSettings settings, Path... inputs) {
        new Ingestor(settings).read(List.of(inputs), articles::add, problems::add);
    }

    private void read(Path... inputs) {
        read(IngestSettings.defaults(), inputs);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private List<String> ids() {
        return articles.stream().map(RawArticle::id).toList();
    }

    @Test
    void readsPlainTextAsIsWithFileStemAsId() throws IOException {
        Path p = write("harbour-strike.txt", HARBOUR);
        read(p);
        assertEquals(List.of(RawArticle.ofText("harbour-strike", p.toString(), HARBOUR)), articles);
        assertEquals(List.of(), problems);
    }

    @Test
    void normalisesWindowsLineEnds() throws IOException {
        Path p = write("crlf.txt", "Line one\r\nLine two\rLine three\r\n");
        read(p);
        assertEquals("Line one\nLine two\nLine three\n", articles.get(0).text());
    }

    @Test
    void readsGzippedTextUnderItsInnerName() throws IOException {
        Path p = write("harbour.txt.gz", gzip(HARBOUR.getBytes(UTF_8)));
        read(p);
        assertEquals(List.of(RawArticle.ofText("harbour", p.toString(), HARBOUR)), articles);
        assertEquals(List.of(), problems);
    }

    @Test
    void readsGzippedJsonLines() throws IOException {
        String jsonl = "{\"id\":\"n1\",\"title\":\"Ferry delayed\",\"text\":\"The ferry left late.\"}\n"
                + "{\"id\":\"n2\",\"text\":\"Fog again.\"}\n";
        Path p = write("feed.jsonl.gz", gzip(jsonl.getBytes(UTF_8)));
        read(p);
        assertEquals(List.of("n1", "n2"), ids());
        assertEquals(p + ":1", articles.get(0).origin());
        assertEquals("Ferry delayed", articles.get(0).title());
        assertEquals(SourceFormat.JSON, articles.get(1).format());
    }

    @Test
    void capsDecompressedSize() throws IOException {
        Path p = write("bomb.txt.gz", gzip("a".repeat(5000).getBytes(UTF_8)));
        read(new IngestSettings(1000, 100_000, 1000), p);
        assertEquals(List.of(), articles);
        assertEquals(List.of(Problem.skipped(p.toString(), 0,
                "decompressed size exceeds the limit of 1000 bytes; stopped reading there")), problems);
    }

    @Test
    void reportsCorruptGzip() throws IOException {
        Path p = write("broken.txt.gz", "this is not gzip at all".getBytes(UTF_8));
        read(p);
        assertEquals(List.of(), articles);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().startsWith("not a valid gzip file"), problems.get(0).reason());
    }

    @Test
    void readsWindows1252AndWarnsThatTheCharsetWasGuessed() throws IOException {
        String text = "Café owners in Lyonne said “no” to the new tax — again, and the mayor’s office sighed.";
        Path p = write("lyonne.txt", text.getBytes(Charset.forName("windows-1252")));
        read(p);
        assertEquals(text, articles.get(0).text());
        // Line 1: the first byte that is not UTF-8 is on the first line.
        assertEquals(List.of(Problem.warning(p.toString(), 1,
                "not valid UTF-8; read as windows-1252 (guessed from the content)")), problems);
    }

    @Test
    void readsUtf16WithByteOrderMark() throws IOException {
        String text = "Die Fähre nach Nordholm fällt aus.\nGrüße aus dem Hafen.";
        ByteArrayOutputStream be = new ByteArrayOutputStream();
        be.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
        be.write(text.getBytes(StandardCharsets.UTF_16BE));
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        le.write(text.getBytes(StandardCharsets.UTF_16LE));
        read(write("be.txt", be.toByteArray()), write("le.txt", le.toByteArray()));
        assertEquals(List.of(text, text), articles.stream().map(RawArticle::text).toList());
        assertEquals(List.of(), problems);
    }

    @Test
    void readsUtf8WithByteOrderMarkWithoutTheMark() throws IOException {
        byte[] body = "Ålesund port reopens.".getBytes(UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        read(write("bom.txt", bytes));
        assertEquals("Ålesund port reopens.", articles.get(0).text());
    }

    @Test
    void repairsMojibakeInText() throws IOException {
        read(write("mojibake.txt", "The mayor said. ‚ÄúNo comment,‚Äù and left. Itâ€™s over."));
        assertEquals("The mayor said. “No comment,” and left. It’s over.", articles.get(0).text());
    }

    @Test
    void walksFoldersInNameOrderSkippingHiddenFiles() throws IOException {
        write("news/b.txt", "Second story about the bridge.");
        write("news/A.txt", "Capital letters sort first.");
        write("news/a.txt", "First story about the bridge.");
        write("news/sub/c.txt", "A story in a subfolder.");
        write("news/.hidden.txt", "Editors' notes, never read.");
        write("news/.git/d.txt", "Inside a hidden folder.");
        write("news/0-first/z.txt", "Folders sort among files by name.");
        read(dir.resolve("news"));
        assertEquals(List.of("z", "A", "a", "b", "c"), ids());
        assertEquals(List.of(), problems);
    }

    @Test
    void readsInputsInTheOrderGivenAndAFileOnlyOnce() throws IOException {
        Path b = write("in/b.txt", "Bravo story.");
        Path a = write("in/a.txt", "Alpha story.");
        read(b, dir.resolve("in"), a);
        assertEquals(List.of("b", "a"), ids());
        assertEquals(List.of(), problems);
    }

    @Test
    void skipsBinaryFiles() throws IOException {
        Path nul = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        }
        Path ctl = write("controls.dat", controls);
        read(nul, ctl);
        assertEquals(List.of(), articles);
        assertEquals(List.of(Problem.skipped(nul.toString(), 0, "binary file (contains NUL bytes)"),
                Problem.skipped(ctl.toString(), 0, "binary file (34% control characters)")), problems);
    }

    @Test
    void skipsEmptyAndWhitespaceOnlyFiles() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\r\n  \n");
        read(empty, blank);
        assertEquals(List.of(), articles);
        assertEquals(List.of(Problem.skipped(empty.toString(), 0, "empty file"),
                Problem.skipped(blank.toString(), 0, "empty file")), problems);
    }

    @Test
    void readsInvalidUtf8AsLegacyTextWithAWarning() throws IOException {
        // Latin-1 bytes: E9 and EF are lead bytes in UTF-8 but are not followed by continuation bytes here.
        byte[] latin1 = "Na\u00efve r\u00e9sum\u00e9 of the long strike at the port of Avalon, said the clerk."
                .getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("latin1.txt", latin1);
        read(p);
        assertEquals("Naïve résumé of the long strike at the port of Avalon, said the clerk.",
                articles.get(0).text());
        assertEquals(1, problems.size());
        assertEquals(false, problems.get(0).fatal());
        assertTrue(problems.get(0).reason().startsWith("not valid UTF-8; read as "), problems.get(0).reason());
    }

    @Test
    void replacesStrayBadBytesInOtherwiseValidUtf8() throws IOException {
        byte[] good = "Café déjà vu at the quay ".getBytes(UTF_8);
        byte[] bytes = new byte[good.length + 4];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = 'e';
        bytes[good.length + 2] = 'n';
        bytes[good.length + 3] = 'd';
        Path p = write("stray.txt", bytes);
        read(p);
        assertEquals("Café déjà vu at the quay \uFFFDend", articles.get(0).text());
        assertEquals(List.of(Problem.warning(p.toString(), 1,
                "1 byte(s) are not valid UTF-8 and were replaced by U+FFFD")), problems);
    }

    @Test
    void refusesOversizedFilesNamingSizeAndLimit() throws IOException {
        Path big = write("big.html", "<p>" + "x".repeat(4000) + "</p>");
        Path longText = write("long.txt", "y".repeat(500));
        Path fits = write("fits.txt", "z".repeat(300));
        Path longHtml = write("long.html", "<p>" + "w".repeat(150) + "</p>");
        read(new IngestSettings(1000, 100, 1000), big, longText, fits, longHtml);
        assertEquals(List.of(
                Problem.skipped(big.toString(), 0, "file is 4007 bytes, over the limit of 1000 bytes"),
                Problem.skipped(longText.toString(), 0, "text is at least 125 characters, over the limit of 100 "
                        + "characters"),
                Problem.skipped(fits.toString(), 0, "text is 300 characters, over the limit of 100 characters"),
                Problem.skipped(longHtml.toString(), 0, "text is 150 characters, over the limit of 100 characters")),
                problems);
        assertEquals(List.of(), articles);
    }

    @Test
    void refusesFiftyMegabyteSingleLineQuickly() throws IOException {
        Path huge = dir.resolve("huge.txt");
        byte[] chunk = "z".repeat(1 << 20).getBytes(UTF_8);
        try (OutputStream out = Files.newOutputStream(huge)) {
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(huge));
        assertEquals(List.of(Problem.skipped(huge.toString(), 0,
                "text is at least 13107200 characters, over the limit of 1000000 characters")), problems);
    }

    @Test
    void reportsMissingPathAndGoesOn() throws IOException {
        Path missing = dir.resolve("nowhere.txt");
        Path ok = write("ok.txt", "Still read.");
        read(missing, ok);
        assertEquals(List.of("ok"), ids());
        assertEquals(List.of(Problem.skipped(missing.toString(), 0, "no such file")), problems);
    }

    @Test
    void reportsBrokenSymlink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        read(link);
        assertEquals(List.of(Problem.skipped(link.toString(), 0, "no such file (broken symbolic link)")), problems);
    }

    @Test
    void reportsUnreadablePath() throws IOException {
        Path secret = write("secret.txt", "Not for you.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(secret), "running as root: every file is readable");
        read(secret);
        assertEquals(List.of(Problem.skipped(secret.toString(), 0, "permission denied")), problems);
    }

    @Test
    void survivesSymlinkLoops() throws IOException {
        Path folder = dir.resolve("loop");
        write("loop/story.txt", "A story in a folder that links to itself.");
        Path back = Files.createSymbolicLink(folder.resolve("again"), folder);
        Path self = Files.createSymbolicLink(folder.resolve("self"), folder.resolve("self"));
        read(folder);
        assertEquals(List.of("story"), ids());
        assertEquals(List.of(
                Problem.skipped(back.toString(), 0, "symbolic link loop (leads back to " + folder.toRealPath() + ")"),
                Problem.skipped(self.toString(), 0, "symbolic link loop")), problems);
    }

    @Test
    void followsSymlinksToFilesAndFolders() throws IOException {
        Path target = write("elsewhere/far.txt", "A story kept elsewhere.");
        Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(dir.resolve("root/linked"), target.getParent());
        read(dir.resolve("root"));
        assertEquals(List.of("far"), ids());
        assertEquals(dir.resolve("root/linked/far.txt").toString(), articles.get(0).origin());
    }

    @Test
    void readsUnknownExtensionsAsTextAndSniffsHtml() throws IOException {
        Path notes = write("notes.md", "Council votes on the tram line.");
        Path page = write("page.txt", "<!DOCTYPE html><html><head><title>Tram vote</title></head><body>"
                + "<article><p>The council approved the tram line by seven votes to four.</p></article></body></html>");
        read(notes, page);
        assertEquals(SourceFormat.TEXT, articles.get(0).format());
        assertEquals("notes", articles.get(0).id());
        assertEquals(SourceFormat.HTML, articles.get(1).format());
        assertEquals("Tram vote", articles.get(1).title());
        assertEquals("The council approved the tram line by seven votes to four.", articles.get(1).text());
    }

    @Test
    void readsJsonLinesSkippingBrokenAndOverlongLines() throws IOException {
        String jsonl = "{\"id\":\"a1\",\"text\":\"First.\",\"published\":\"2031-04-02T08:00:00Z\"}\n"
                + "{\"id\":\"a2\",\"text\": \n"
                + "\n"
                + "{\"id\":\"a3\",\"text\":\"" + "long ".repeat(30) + "\"}\n"
                + "{\"title\":\"No id\",\"text\":\"Third.\"}\n"
                + "{\"id\":\"a5\",\"title\":\"No text\"}\n"
                + "[1, 2]\n";
        Path p = write("feed.jsonl", jsonl);
        read(new IngestSettings(1 << 20, 1000, 100), p);
        assertEquals(List.of("a1", "feed-5"), ids());
        assertEquals(LocalDate.of(2031, 4, 2), articles.get(0).published());
        assertEquals(p + ":5", articles.get(1).origin());
        assertEquals(4, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).reason().startsWith("not valid JSON: "), problems.get(0).reason());
        assertEquals(Problem.skipped(p.toString(), 4, "line is 171 characters, over the limit of 100; not parsed"),
                problems.get(1));
        assertEquals(Problem.skipped(p.toString(), 6, "record has no text"), problems.get(2));
        assertEquals(Problem.skipped(p.toString(), 7, "not a JSON object"), problems.get(3));
    }

    @Test
    void readsHtmlInItsDeclaredCharsetWithoutWarning() throws IOException {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Fête du port</title></head><body>"
                + "<p>La fête du port a réuni « tout le monde » samedi, selon la mairie.</p></body></html>";
        Path p = write("fete.htm", page.getBytes(Charset.forName("windows-1252")));
        read(p);
        assertEquals(List.of(), problems);
        RawArticle a = articles.get(0);
        assertEquals("fete", a.id());
        assertEquals(SourceFormat.HTML, a.format());
        assertEquals("Fête du port", a.title());
        assertEquals("La fête du port a réuni « tout le monde » samedi, selon la mairie.", a.text());
    }

    @Test
    void readsJsonArraysAndNdjsonByExtension() throws IOException {
        Path json = write("batch.json", "[{\"id\": \"j1\", \"text\": \"One.\"}, {\"id\": \"j2\", \"text\": \"Two.\"}]");
        Path nd = write("stream.ndjson", "{\"id\": \"n1\", \"text\": \"Three.\"}\n");
        Path solo = write("solo.json.gz", gzip("{\"text\": \"Four.\"}".getBytes(UTF_8)));
        read(json, nd, solo);
        assertEquals(List.of("j1", "j2", "n1", "solo"), ids());
        assertEquals(List.of(json + ":1", json + ":1", nd + ":1", solo.toString()),
                articles.stream().map(RawArticle::origin).toList());
        assertEquals(List.of(), problems);
    }

    @Test
    void sniffsHtmlInsideGzipWithoutInnerExtension() throws IOException {
        Path p = write("page.gz", gzip(("<!doctype html><html><body><p>The night ferry ran on time, for once, "
                + "said the harbour master.</p></body></html>").getBytes(UTF_8)));
        read(p);
        assertEquals("page", articles.get(0).id());
        assertEquals(SourceFormat.HTML, articles.get(0).format());
        assertEquals("The night ferry ran on time, for once, said the harbour master.", articles.get(0).text());
    }

    @Test
    void readsAFileReachedThroughTwoNamesOnceWithAWarning() throws IOException {
        Path story = write("twice/story.txt", "One story, two names.");
        Path alias = Files.createSymbolicLink(dir.resolve("twice/z-alias.txt"), story);
        read(dir.resolve("twice"));
        assertEquals(List.of("story"), ids());
        assertEquals(List.of(Problem.warning(alias.toString(), 0, "same file as " + story + ", read once")),
                problems);
    }

    @Test
    void readsAFolderReachedTwiceOnceWithAWarning() throws IOException {
        write("twice/a.txt", "Alpha.");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("twice"));
        read(dir.resolve("twice"), alias);
        assertEquals(List.of("a"), ids());
        assertEquals(List.of(Problem.warning(alias.toString(), 0, "same folder as " + dir.resolve("twice")
                + ", read once")), problems);
    }
}
