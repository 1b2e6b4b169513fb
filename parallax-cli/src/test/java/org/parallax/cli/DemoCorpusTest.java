package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DemoCorpusTest {

    @Test
    void indexToleratesCommentsBlankLinesBomCrlfSpacesAndRepeats() {
        String index = "\uFEFF# the corpus\r\n\r\na.txt\r\n  b.html  \n\t# indented comment\nc.jsonl\ra.txt\n\n";
        assertEquals(List.of("a.txt", "b.html", "c.jsonl"), DemoCorpus.parseIndex(index));
    }

    @Test
    void indexOfOnlyCommentsIsEmpty() {
        assertEquals(List.of(), DemoCorpus.parseIndex("# nothing yet\n\n"));
        assertEquals(List.of(), DemoCorpus.parseIndex(""));
    }

    @Test
    void indexRejectsNamesThatCouldEscapeTheTargetFolder() {
        for (String bad : List.of("../secret.txt", "sub/a.txt", "/etc/passwd", "a\\b.txt", "..", "C:x.txt")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DemoCorpus.parseIndex("a.txt\n" + bad + "\n"));
            assertEquals("index.txt:2: not a plain file name: '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void everyIndexedFileIsOnTheClassPathAndEveryFormatIsCovered() throws IOException {
        List<String> names = DemoCorpus.names();
        assertEquals(19, names.size(), names.toString());
        for (String name : names) {
            assertTrue(DemoCorpus.read(name).length > 500, name + " is missing or nearly empty");
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".html")), "an HTML page");
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".jsonl")), "a JSON Lines file");
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".txt.gz")), "a gzipped file");
    }

    @Test
    void missingFileIsNamedInTheError() {
        IOException e = assertThrows(IOException.class, () -> DemoCorpus.read("no-such-article.txt"));
        assertEquals("/org/parallax/cli/demo/no-such-article.txt is missing from the class path: the demo corpus "
                + "is incomplete; rebuild the command line tool", e.getMessage());
    }

    @Test
    void theLegacyEncodedArticleIsNotUtf8ButIsWindows1252() throws IOException {
        byte[] bytes = DemoCorpus.read("gazette-dravenholm-bridge.txt");
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)));
        String text = new String(bytes, "windows-1252");
        assertTrue(text.contains("Calvenia\u2019s third-largest city"), "curly apostrophe as 0x92");
        assertTrue(text.contains("J\u00fcrgen \u00d8stby"), "u-umlaut and O-slash");
    }

    @Test
    void copiesEveryFileByteForByte(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("demo").resolve("corpus");
        List<Path> copied = DemoCorpus.copyTo(dir);
        List<String> names = DemoCorpus.names();
        assertEquals(names.size(), copied.size());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(dir.resolve(names.get(i)), copied.get(i));
            assertArrayEquals(DemoCorpus.read(names.get(i)), Files.readAllBytes(copied.get(i)), names.get(i));
        }
        // A second copy over the first replaces the files instead of failing.
        assertEquals(copied, DemoCorpus.copyTo(dir));
    }

    @Test
    void copyOntoAFileSaysItIsNotAFolder(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("corpus"), "not a folder");
        IOException e = assertThrows(IOException.class, () -> DemoCorpus.copyTo(file));
        assertEquals("cannot copy the demo corpus to " + file + ": " + file + " exists and is not a folder",
                e.getMessage());
    }

    @Test
    void copyBelowAFileNamesTheFolderAndTheReason(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "not a folder");
        Path dir = file.resolve("corpus");
        IOException e = assertThrows(IOException.class, () -> DemoCorpus.copyTo(dir));
        String prefix = "cannot copy the demo corpus to " + dir + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        // the operating system's reason, not only a bare path as Java's own message would be
        assertTrue(e.getMessage().length() > prefix.length() + dir.toString().length(), e.getMessage());
    }

    /** docs/demo-gold.jsonl must name every article of the corpus exactly once, or evaluation on it is wrong. */
    @Test
    void goldFileCoversEveryArticleOnce() throws IOException {
        Path gold = Path.of("..", "docs", "demo-gold.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> goldIds = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                assertTrue(node.path("event").isTextual(), line);
                goldIds.add(node.path("id").asText());
            }
        }
        assertEquals(goldIds.size(), new TreeSet<>(goldIds).size(), "ids repeated in " + gold);
        assertEquals(new TreeSet<>(articleIds()), new TreeSet<>(goldIds));
    }

    /** The article ids of the corpus: file names without extension, and the ids inside JSON Lines files. */
    private static List<String> articleIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String name : DemoCorpus.names()) {
            if (name.endsWith(".jsonl")) {
                ObjectMapper json = new ObjectMapper();
                for (String line : new String(DemoCorpus.read(name), StandardCharsets.UTF_8).split("\n")) {
                    ids.add(json.readTree(line).path("id").asText());
                }
            } else {
                ids.add(name.replaceFirst("(\\.txt|\\.html)(\\.gz)?$", ""));
            }
        }
        return ids;
    }

    @Test
    void gzippedArticleDecompresses() throws IOException {
        byte[] gz = DemoCorpus.read("rcn-larkspur-lorry.txt.gz");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("Radio Calvenia News\n"), text.substring(0, 40));
        }
    }
}
