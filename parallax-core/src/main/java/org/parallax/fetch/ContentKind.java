package org.parallax.fetch;

import java.util.Locale;
import java.util.Set;

/** What a fetch expects to get back, and so which media types it accepts. */
public enum ContentKind {
    /** A web page: HTML or XHTML. */
    PAGE(Set.of("text/html", "application/xhtml+xml")),
    /** A feed: RSS, Atom or RDF, or XML that may be one (servers often label feeds plain XML). */
    FEED(Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
            "text/xml", "application/x-rss+xml", "application/feed+xml")),
    /** A robots.txt file: any text. */
    ROBOTS(Set.of("text/plain"));

    private final Set<String> types;

    ContentKind(Set<String> types) {
        this.types = types;
    }

    /**
     * True when a response with this media type (no parameters, lower case) is what was asked for. A response
     * without a type is given the benefit of the doubt: the parser will tell.
     */
    public boolean accepts(String mediaType) {
        return mediaType == null || mediaType.isEmpty() || this == ROBOTS || types.contains(mediaType);
    }

    /** How a user would name what was expected, for messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
