package org.parallax.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the web address plain-text exports put in their header: a labelled line ({@code url https://...},
 * {@code URL: ...}, {@code Source: https://...}, {@code Link: ...}) or an address alone on its line. Only http and
 * https addresses count; anything else on the line makes it something other than a header line.
 */
final class UrlLines {
    private static final Pattern URL_LINE = Pattern.compile(
            "(?:(?i:url|link|source|permalink|canonical|web|online)\\s*:?\\s*)?<?(https?://[^\\s<>\"]+?)>?[.,;]?");
    /** The start of a header URL line: such a line never continues the line above it. */
    private static final Pattern URL_START = Pattern.compile(
            "(?:(?i:url|link|source|permalink|canonical)\\s*:?\\s*)?https?://\\S");

    private UrlLines() {
    }

    /** The address a URL header line gives, or null when {@code text} is not one. */
    static String url(String text) {
        Matcher m = URL_LINE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String url = m.group(1);
        return host(url) != null ? url : null;
    }

    /** Whether {@code text} is an address alone, without a label. */
    static boolean isBare(String text) {
        String t = text.strip();
        return t.regionMatches(true, 0, "http", 0, 4) || t.startsWith("<");
    }

    /** Whether {@code line} starts like a URL header line (used to keep it out of a hard-wrapped paragraph). */
    static boolean startsUrlLine(String line) {
        return URL_START.matcher(line).lookingAt();
    }

    /** The host of an http(s) address, lower case, without a leading {@code www.}; null when there is none. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || host == null || host.isBlank() || host.indexOf('.') < 0) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
