package org.parallax.server.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code next} and {@code prev} links of a paged list: the same request with another {@code page}, every other
 * parameter kept in its order.
 */
public final class PageLinks {
    private PageLinks() {
    }

    /**
     * The link to {@code page} of the list at {@code path}.
     *
     * @param path   the request path, such as {@code /api/v1/events}
     * @param params the request's query parameters in their order ({@code page} among them or not)
     * @param page   the page to link to
     */
    public static String to(String path, Map<String, List<String>> params, int page) {
        StringJoiner query = new StringJoiner("&");
        boolean placed = false;
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (p.getKey().equals("page")) {
                if (!placed) {
                    query.add("page=" + page);
                    placed = true;
                }
                continue;
            }
            for (String v : p.getValue()) {
                query.add(encode(p.getKey()) + "=" + encode(v));
            }
        }
        if (!placed) {
            query.add("page=" + page);
        }
        return path + "?" + query;
    }

    /** The next page's link, or null on the last page. */
    public static String next(String path, Map<String, List<String>> params, int page, int size, long total) {
        return (long) page * size < total ? to(path, params, page + 1) : null;
    }

    /**
     * The previous page's link, or null on the first page. Past the end it points at the last page that has
     * results, so a client that overshot can step back.
     */
    public static String prev(String path, Map<String, List<String>> params, int page, int size, long total) {
        if (page <= 1) {
            return null;
        }
        long last = Math.max(1, (total + size - 1) / size);
        return to(path, params, (int) Math.min(page - 1, last));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
