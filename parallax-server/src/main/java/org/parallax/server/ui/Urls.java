package org.parallax.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parallax.server.api.PathSegment;

/**
 * The web UI's addresses. Ids and query values come from articles and visitors, so every one is percent-encoded:
 * an id like {@code ../x?y} stays one path segment, and no value can add a parameter of its own.
 */
final class Urls {
    private Urls() {
    }

    /** The dossier page of an event. */
    static String event(String eventId) {
        return "/events/" + segment(eventId);
    }

    /** The page of an article. */
    static String article(String articleId) {
        return "/articles/" + segment(articleId);
    }

    /** The search page for {@code q}. */
    static String search(String q) {
        return "/search" + query(Map.of("q", q));
    }

    /** The event list filtered to one outlet. */
    static String outlet(String outlet) {
        return "/" + query(Map.of("outlet", outlet));
    }

    /** {@code path} with the non-blank {@code params} as a query string, in their map order. */
    static String withQuery(String path, Map<String, String> params) {
        return path + query(params);
    }

    private static String query(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> p : new LinkedHashMap<>(params).entrySet()) {
            if (p.getValue() == null || p.getValue().isBlank()) {
                continue;
            }
            q.append(q.length() == 0 ? '?' : '&').append(p.getKey()).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    /** A path segment: percent-encoded, with {@code %20} for a space (a {@code +} would stay a plus in a path). */
    static String segment(String s) {
        return PathSegment.encode(s);
    }
}
