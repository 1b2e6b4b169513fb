package org.parallax.server.api;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Entity tags for reads. A read's body depends only on the workspace's write generation and the request's path and
 * query, so the tag is made of those two: any write changes every tag, and equal tags mean equal content. The tags
 * are weak ({@code W/"..."}) because the same content may be sent gzipped or not, byte-different representations
 * that a strong tag would have to tell apart; If-None-Match compares weakly anyway.
 */
public final class ETags {
    private ETags() {
    }

    /** The weak tag for a read of {@code path?query} at {@code generation}. */
    public static String of(long generation, String path, String query) {
        CRC32 crc = new CRC32();
        crc.update(path.getBytes(StandardCharsets.UTF_8));
        if (query != null && !query.isEmpty()) {
            crc.update('?');
            crc.update(query.getBytes(StandardCharsets.UTF_8));
        }
        return "W/\"" + Long.toString(generation, 36) + "-" + Long.toHexString(crc.getValue()) + "\"";
    }

    /**
     * Whether an {@code If-None-Match} header matches {@code etag}: {@code *}, or one of its comma-separated tags
     * equal to it by weak comparison (RFC 9110 section 13.1.2: a {@code W/} prefix is ignored).
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
