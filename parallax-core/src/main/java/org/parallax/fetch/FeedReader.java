package org.parallax.fetch;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome. The XML parser finds the encoding itself (XML declaration,
 * byte-order mark); relative item links are resolved against the feed's URL. Broken XML is a {@link Rejected}
 * reason, never an exception escaping.
 */
public final class FeedReader {

    /** Thrown when the bytes are not a feed Rome can read; the message says why. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The feed in {@code bytes}, fetched from {@code url}.
     *
     * @throws Rejected when the bytes are not well-formed XML or not RSS/Atom
     */
    public Feed read(String url, byte[] bytes) throws Rejected {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            // DOCTYPEs are how XML bombs and external-entity tricks get in; feeds do not need them.
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw new Rejected("not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        List<FeedItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(url, entry);
            if (link != null && seen.add(link)) {
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                items.add(new FeedItem(link, blankToNull(entry.getTitle()), date == null ? null : date.toInstant()));
            }
        }
        return new Feed(url, blankToNull(feed.getTitle()), items);
    }

    /** The entry's link (else its id when that is a URL), resolved against the feed's URL; null when none. */
    private static String link(String feedUrl, SyndEntry entry) {
        for (String candidate : new String[] {entry.getLink(), entry.getUri()}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                URI resolved = feedUrl == null ? new URI(candidate.strip())
                        : new URI(feedUrl).resolve(new URI(candidate.strip()));
                if (Fetcher.parse(resolved.toString()) != null) {
                    return resolved.toString();
                }
            } catch (Exception e) {
                // not a URL: try the next candidate
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl >= 0 ? message.substring(0, nl) : message).strip();
    }
}
