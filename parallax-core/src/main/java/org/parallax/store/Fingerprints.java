package org.parallax.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parallax.text.Sha256;

/**
 * What makes two articles the same: a normalised URL (one page reached through different links) and a hash of the
 * normalised text (one text published or fetched twice).
 */
final class Fingerprints {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Query parameters that track the reader, not the page. */
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|igshid)(=.*)?");

    private Fingerprints() {
    }

    /**
     * A URL with what does not change the page removed: scheme ({@code http} and {@code https} serve the same
     * article), {@code www.}, default ports, the fragment, tracking parameters and a trailing slash; the host in
     * lower case. Null for a null or blank URL and for a site's front page (which names no single article); a URL
     * that does not parse is only trimmed.
     */
    static String normalizedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null) {
                return trimmed;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 || port == 443;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = keptQuery(uri.getRawQuery());
            if (path.isEmpty() && query.isEmpty()) {
                return null; // a site's front page names no article: feeds give it for many different ones
            }
            StringBuilder out = new StringBuilder(host);
            if (!defaultPort) {
                out.append(':').append(port);
            }
            out.append(path);
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String p : rawQuery.split("&")) {
            if (!p.isEmpty() && !TRACKING.matcher(p).matches()) {
                kept.add(p);
            }
        }
        return String.join("&", kept);
    }

    /**
     * The SHA-256 (hex) of the text with case, accents' composition, punctuation and spacing made uniform, so the
     * same words re-encoded or re-wrapped give the same hash.
     */
    static String textHash(String text) {
        String words = NOT_WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        return Sha256.hex(words);
    }
}
