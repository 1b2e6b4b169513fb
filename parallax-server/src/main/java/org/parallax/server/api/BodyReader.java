package org.parallax.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a request body up to a limit. A declared Content-Length over the limit is refused before anything is read;
 * a body without one (chunked) is read up to one byte past the limit and refused there, so no body ever takes more
 * memory than the limit.
 */
final class BodyReader {
    private BodyReader() {
    }

    /**
     * The body's bytes.
     *
     * @throws ApiProblem 413 when the body is over {@code maxBytes}; the detail gives the limit and says to split
     */
    static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared, maxBytes);
        }
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(cap);
            if (body.length > maxBytes) {
                throw tooLarge(-1, maxBytes);
            }
            return body;
        }
    }

    private static ApiProblem tooLarge(long size, long maxBytes) {
        String was = size >= 0 ? "is " + size + " bytes" : "is larger than that";
        return new ApiProblem(413, "body-too-large", "Request body too large",
                "the server accepts request bodies of at most " + maxBytes + " bytes (" + human(maxBytes)
                        + "); this one " + was + ". Split the batch into several requests under the limit (JSON Lines"
                        + " split cleanly at line ends)");
    }

    private static String human(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1 << 10));
        }
        return bytes + " bytes";
    }
}
