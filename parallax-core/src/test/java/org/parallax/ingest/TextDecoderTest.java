package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Found by TextDecoderFuzzTest: three UTF-8 byte-order marks and nothing else were accepted as text. */
    @Test
    void fileOfOnlyByteOrderMarksIsEmpty() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] three = HostileInputTest.concat(bom, bom, bom);
        assertEquals("empty file", assertThrows(Rejected.class, () -> TextDecoder.decode(three)).getMessage());
    }

    @Test
    void byteOrderMarksOfJoinedFilesAreDropped() throws Rejected {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] joined = HostileInputTest.concat(bom, "Pier repaired.\n".getBytes(StandardCharsets.UTF_8), bom,
                "Bridge reopens.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Pier repaired.\nBridge reopens.\n", TextDecoder.decode(joined).text());
    }

    @Test
    void plainUtf8() throws Rejected {
        assertEquals(new DecodedText("Grüße", "UTF-8", null),
                TextDecoder.decode("Grüße".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf32ByteOrderMarks() throws Rejected {
        byte[] be = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "Öl".getBytes(Charset.forName("UTF-32BE")));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "Öl".getBytes(Charset.forName("UTF-32LE")));
        assertEquals(new DecodedText("Öl", "UTF-32BE", null), TextDecoder.decode(be));
        assertEquals(new DecodedText("Öl", "UTF-32LE", null), TextDecoder.decode(le));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws Rejected {
        byte[] bytes = "The tide is high at noon.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(new DecodedText("The tide is high at noon.", "UTF-16LE",
                "no byte-order mark; read as UTF-16LE from its pattern of zero bytes"), TextDecoder.decode(bytes));
    }

    @Test
    void declaredMetaCharsetIsUsedWithoutWarning() throws Rejected {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body>“Déjà vu”</body></html>";
        assertEquals(new DecodedText(page, "windows-1252", null), TextDecoder.decode(page.getBytes(WINDOWS_1252)));
    }

    @Test
    void httpEquivAndXmlDeclarationsAreRead() throws Rejected {
        String meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">";
        assertEquals(Charset.forName("ISO-8859-2"), TextDecoder.declaredCharset(meta.getBytes(StandardCharsets.US_ASCII)));
        String xml = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><html/>";
        assertEquals(Charset.forName("KOI8-R"), TextDecoder.declaredCharset(xml.getBytes(StandardCharsets.US_ASCII)));
        assertNull(TextDecoder.declaredCharset("<meta charset=\"no-such-charset\">".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void latin1DeclarationMeansWindows1252() throws Rejected {
        byte[] bytes = concat("<meta charset=iso-8859-1>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x93, 'h', 'i', (byte) 0x94});
        assertEquals("<meta charset=iso-8859-1>“hi”", TextDecoder.decode(bytes).text());
    }

    @Test
    void falseUtf8DeclarationFallsBackToTheContent() throws Rejected {
        String page = "<meta charset=\"utf-8\"><p>Caf\u00e9 cr\u00e8me and na\u00efve r\u00e9sum\u00e9s, said the waiter.</p>";
        DecodedText d = TextDecoder.decode(page.getBytes(WINDOWS_1252));
        assertEquals(page, d.text());
        assertEquals("not valid UTF-8; read as windows-1252 (guessed from the content)", d.warning());
    }

    @Test
    void rejectsBinaryAndEmpty() {
        assertEquals("empty file", assertThrows(Rejected.class, () -> TextDecoder.decode(new byte[0])).getMessage());
        assertEquals("empty file", assertThrows(Rejected.class,
                () -> TextDecoder.decode(" \n ".getBytes(StandardCharsets.US_ASCII))).getMessage());
        assertEquals("binary file (contains NUL bytes)", assertThrows(Rejected.class,
                () -> TextDecoder.decode(new byte[] {'a', 0, 'b', 'c', 'd', 'e', 'f', 'g'})).getMessage());
    }
}
