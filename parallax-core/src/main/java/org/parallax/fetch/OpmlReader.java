package org.parallax.fetch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the feed URLs of an OPML subscription list: every {@code outline} with an {@code xmlUrl}, at any depth (folders
 * nest outlines), in document order, each once. jsoup's XML parser is forgiving, so a slightly broken export still
 * gives its feeds.
 */
public final class OpmlReader {
    private OpmlReader() {
    }

    /** True when {@code text} looks like OPML (an {@code <opml>} element near the start). */
    public static boolean looksLikeOpml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<opml");
    }

    /** The feed URLs listed in {@code opml}, first appearance first. */
    public static List<String> feedUrls(String opml) {
        Document doc = Jsoup.parse(opml, "", Parser.xmlParser());
        Set<String> urls = new LinkedHashSet<>();
        for (Element outline : doc.select("outline")) {
            String url = outline.attr("xmlUrl").strip();
            if (url.isEmpty()) {
                url = outline.attr("xmlurl").strip();
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return new ArrayList<>(urls);
    }
}
