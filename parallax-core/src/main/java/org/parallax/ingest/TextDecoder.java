package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text or HTML file into text, finding the charset the way browsers do: a byte-order mark
 * first, then a charset the document declares ({@code <meta charset>}, {@code http-equiv}, the XML declaration),
 * then UTF-8 when the bytes are valid UTF-8, then a statistical guess (juniversalchardet), then Windows-1252.
 * Rejects binary files (NUL bytes outside UTF-16/32, beyond a stray few in a large file, or many control
 * characters) and empty ones.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** How far into the file a charset declaration is looked for, as the HTML standard's prescan does. */
    private static final int DECLARATION_SCAN_BYTES = 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final int CHARDET_MAX_BYTES = 1 << 20;
    private static final int CHARDET_CHUNK = 1 << 16;
    /** Share of NUL bytes above which a file without a UTF-16/32 byte-order mark is taken for a binary file. */
    private static final double MAX_NUL_SHARE = 0.001;
    /** Share of control characters above which decoded "text" is taken for a binary file. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Characters sampled for the control-character test; enough to judge, cheap on a huge file. */
    private static final int CONTROL_SAMPLE_CHARS = 65_536;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws Rejected for an empty or whitespace-only file and for a binary one
     */
    public static DecodedText decode(byte[] bytes) throws Rejected {
        return decode(bytes, null);
    }

    /**
     * Decodes {@code bytes} that came with a charset from outside the document, such as an HTTP
     * {@code Content-Type} header or a WARC record's. The document's own evidence (a byte-order mark, its declaration,
     * bytes that are valid UTF-8) wins over that hint, because a server's sitewide default is wrong far more often
     * than a page's own declaration; the hint is used before any statistical guess.
     *
     * @param transportCharset the charset name from outside, or null when there is none
     * @throws Rejected for an empty or whitespace-only file and for a binary one
     */
    public static DecodedText decode(byte[] bytes, String transportCharset) throws Rejected {
        if (bytes.length == 0) {
            throw new Rejected("empty file");
        }
        Charset hint = transportCharset == null ? null : charsetNamed(transportCharset.strip());
        DecodedText decoded = decodeRaw(bytes, hint);
        String text = normaliseLineEnds(decoded.text());
        rejectBinaryText(text);
        if (text.isBlank()) {
            throw new Rejected("empty file");
        }
        return new DecodedText(text, decoded.charset(), decoded.warning(), decoded.warningLine());
    }

    private static DecodedText decodeRaw(byte[] bytes, Charset hint) throws Rejected {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new DecodedText(lenient(bytes, bom.length, bom.charset), bom.charset.name(), null);
        }
        Charset wide = guessBomlessUtf16(bytes);
        if (wide != null) {
            return new DecodedText(lenient(bytes, 0, wide), wide.name(),
                    "no byte-order mark; read as " + wide.name() + " from its pattern of zero bytes");
        }
        int nuls = count(bytes, (byte) 0);
        if (nuls > bytes.length * MAX_NUL_SHARE) {
            throw new Rejected("binary file (contains NUL bytes)");
        }
        if (nuls > 0) {
            // A few stray NULs in a large page are corruption, not a binary format: drop them and go on.
            bytes = withoutNuls(bytes, nuls);
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new DecodedText(lenient(bytes, 0, declared), declared.name(), null);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", null);
        }
        if (hint != null && !hint.equals(StandardCharsets.UTF_8)) {
            return new DecodedText(lenient(bytes, 0, hint), hint.name(), null);
        }
        return decodeNonUtf8(bytes);
    }

    /** Bytes that are not valid UTF-8: mostly-UTF-8 with a few bad bytes, or a legacy charset to be guessed. */
    private static DecodedText decodeNonUtf8(byte[] bytes) {
        Utf8Census census = Utf8Census.of(bytes);
        // The user can only fix what they can find: name the line of the first byte that is not UTF-8.
        long line = lineOf(bytes, census.firstInvalid);
        if (census.validSequences > 0 && census.invalidBytes <= census.validSequences) {
            return new DecodedText(lenient(bytes, 0, StandardCharsets.UTF_8), "UTF-8", census.invalidBytes
                    + " byte(s) are not valid UTF-8 and were replaced by U+FFFD", line);
        }
        Charset guessed = chardet(bytes);
        if (guessed != null) {
            try {
                String text = guessed.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return new DecodedText(text, guessed.name(), "not valid UTF-8; read as " + guessed.name()
                        + " (guessed from the content)", line);
            } catch (CharacterCodingException e) {
                // the guess does not even decode the bytes: fall through to the usual legacy charset
            }
        }
        return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(),
                "not valid UTF-8; read as windows-1252 (no better guess)", line);
    }

    /** The 1-based line of the byte at {@code index}: LF, CRLF and a lone CR each end a line. */
    static long lineOf(byte[] bytes, int index) {
        long line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** The charset a UTF-16 file without a byte-order mark most likely has, judged by where its zero bytes are. */
    private static Charset guessBomlessUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = sample / 2;
        // Latin-script UTF-16 has a zero in (nearly) every high byte and (nearly) none in the low bytes.
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset declared in the first kilobyte by a meta tag or an XML declaration, if Java supports it. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN_BYTES),
                StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            m = META_CHARSET.matcher(head);
            name = m.find() ? m.group(1) : null;
        }
        return name == null ? null : charsetNamed(name);
    }

    /**
     * The charset with that name, following the HTML standard where a declaration cannot be right: Latin-1 and ASCII
     * mean Windows-1252, and UTF-16/32 mean UTF-8 (a document whose declaration we could read is not UTF-16).
     */
    private static Charset charsetNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("utf-16") || n.startsWith("utf-32")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static Charset chardet(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        // A megabyte tells the detector all it can learn; feeding it a whole huge file only costs time.
        int end = Math.min(bytes.length, CHARDET_MAX_BYTES);
        for (int off = 0; off < end && !detector.isDone(); off += CHARDET_CHUNK) {
            detector.handleData(bytes, off, Math.min(CHARDET_CHUNK, end - off));
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        Charset c = charsetNamed(name);
        return c == null || c.equals(StandardCharsets.UTF_8) || c.name().startsWith("UTF-") ? null : c;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static void rejectBinaryText(String text) throws Rejected {
        int n = Math.min(text.length(), CONTROL_SAMPLE_CHARS);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                controls++;
            }
        }
        if (n > 0 && controls > n * MAX_CONTROL_SHARE) {
            throw new Rejected("binary file (" + Math.round(100.0 * controls / n) + "% control characters)");
        }
    }

    /** CRLF and CR become LF; byte-order marks left in the text are dropped. */
    private static String normaliseLineEnds(String s) {
        // Every U+FEFF, not just a leading one: files joined with cat keep each part's byte-order mark, and a file
        // of nothing but marks must come out empty (found by fuzzing).
        String t = s.indexOf('\uFEFF') < 0 ? s : s.replace("\uFEFF", "");
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int count(byte[] bytes, byte b) {
        int n = 0;
        for (byte x : bytes) {
            if (x == b) {
                n++;
            }
        }
        return n;
    }

    private static byte[] withoutNuls(byte[] bytes, int nuls) {
        byte[] out = new byte[bytes.length - nuls];
        int j = 0;
        for (byte x : bytes) {
            if (x != 0) {
                out[j++] = x;
            }
        }
        return out;
    }

    /** A byte-order mark: its charset and length. */
    record Bom(Charset charset, int length) {
        /** The mark {@code bytes} start with, or null. UTF-32LE is tested before UTF-16LE, whose mark it extends. */
        static Bom of(byte[] b) {
            if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
                return new Bom(UTF_32BE, 4);
            }
            if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
                return new Bom(UTF_32LE, 4);
            }
            if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(b, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (startsWith(b, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }

        private static boolean startsWith(byte[] b, int... prefix) {
            if (b.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((b[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Counts of valid multi-byte UTF-8 sequences and of bytes that fit no valid sequence, and the first of those. */
    private record Utf8Census(int validSequences, int invalidBytes, int firstInvalid) {
        static Utf8Census of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int first = -1;
            int i = 0;
            while (i < b.length) {
                int lead = b[i] & 0xFF;
                if (lead < 0x80) {
                    i++;
                    continue;
                }
                int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                if (len > 0 && isValidSequence(b, i, len)) {
                    valid++;
                    i += len;
                } else {
                    first = invalid == 0 ? i : first;
                    invalid++;
                    i++;
                }
            }
            return new Utf8Census(valid, invalid, first);
        }

        /** Continuation bytes 80..BF, with the second-byte limits that rule out overlongs and surrogates. */
        private static boolean isValidSequence(byte[] b, int at, int len) {
            if (at + len > b.length) {
                return false;
            }
            for (int k = 1; k < len; k++) {
                int c = b[at + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return false;
                }
            }
            int lead = b[at] & 0xFF;
            int second = b[at + 1] & 0xFF;
            return !(lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F
                    || lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F);
        }
    }
}
