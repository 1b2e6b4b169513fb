package org.parallax.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/** Undoes the {@code Content-Encoding} of a response body: gzip and deflate, within a size limit. */
final class ContentEncoding {
    private static final int BUFFER = 16_384;

    private ContentEncoding() {
    }

    /** Thrown when the decoded body would be larger than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("decoded body is larger than " + limit + " bytes");
        }
    }

    /**
     * The body with its encoding undone.
     *
     * @param encoding the Content-Encoding header, or null
     * @throws IOException when the encoding is unknown or the bytes are not what it says, or they decode to more
     *                     than {@code limit} bytes ({@link TooLarge})
     */
    static byte[] decode(byte[] body, String encoding, long limit) throws IOException {
        String e = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
        switch (e) {
            case "", "identity" -> {
                return body;
            }
            case "gzip", "x-gzip" -> {
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), limit);
            }
            case "deflate" -> {
                // "deflate" should mean zlib-wrapped, but some servers send raw deflate: try both.
                try {
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(body)), limit);
                } catch (ZipException wrapped) {
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)),
                            limit);
                }
            }
            default -> throw new IOException("unsupported content encoding " + e);
        }
    }

    private static byte[] readCapped(InputStream in, long limit) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > limit) {
                    throw new TooLarge(limit);
                }
            }
            return out.toByteArray();
        }
    }
}
