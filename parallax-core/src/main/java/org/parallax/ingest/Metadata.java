package org.parallax.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small normalisations shared by the HTML and JSON readers: hosts, language codes, blank values. */
final class Metadata {
    private static final Pattern LANGUAGE = Pattern.compile("(?i)([a-z]{2,3})(?:[-_][a-z0-9]+)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BY = Pattern.compile("(?i)^by[:\\s]\\s*");

    private Metadata() {
    }

    /** The host of an http(s) URL without a leading {@code www.}, lower-cased; null when there is none. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A domain name such as news-please's {@code source_domain}, without {@code www.}; null when blank. */
    static String domain(String domain) {
        String d = clean(domain);
        if (d == null) {
            return null;
        }
        d = d.toLowerCase(Locale.ROOT);
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    /** The primary subtag of a language tag ({@code en-GB}, {@code en_US} give {@code en}); null if not one. */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        var m = LANGUAGE.matcher(tag.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The value with mojibake repaired and runs of whitespace made one space; null when blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = WHITESPACE.matcher(Mojibake.repair(value)).replaceAll(" ").strip();
        return v.isEmpty() ? null : v;
    }

    /** An author value without the "By " that bylines put before names; null when blank. */
    static String author(String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        String stripped = BY.matcher(v).replaceFirst("");
        return stripped.isEmpty() ? v : stripped;
    }

    /** The first argument that is not null. */
    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
