package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates written into article URLs, as many outlets do: {@code /2031/03/14/slug} or
 * {@code /news/2031-03-14-slug}. A year and month alone ({@code /2031/03/}) is not a date and is not read.
 */
final class UrlDates {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=[/_.-]|$)"),
            Pattern.compile("[/_-]((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?=[/_.-]|$)"));

    private UrlDates() {
    }

    /** The date in the path of {@code url}, or null when it has none (or none that is a real day). */
    static LocalDate find(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // Digits that only look like a date (/2031/13/40/): no date.
                }
            }
        }
        return null;
    }
}
