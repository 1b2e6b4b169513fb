package org.parallax.server.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encodes an id for use as one path segment of a link (ids come from uploads and may hold anything). */
public final class PathSegment {
    private PathSegment() {
    }

    /**
     * {@code id} encoded so that it stays one segment: spaces as {@code %20}, slashes as {@code %2F}. The API's links
     * and the web UI's use it.
     */
    public static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
