package org.parallax.render;

import java.util.HexFormat;
import java.util.regex.Pattern;
import org.parallax.text.Sha256;

/**
 * Names the places in an article's text that dossier items link to. A name is derived from the article id and the
 * span, so the same span always gets the same name, and it is safe both as an HTML id and inside {@code href="#..."}
 * without any encoding.
 */
final class Anchors {
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Anchors() {
    }

    /**
     * {@code ev-a-ID-START-END} for a plain article id (letters, digits, {@code _} and {@code -}), else
     * {@code ev-x-HASH-START-END} with a hash of the id, so no id can break out of the attribute or the fragment and
     * two different ids never share a name (the span is always the last two numbers).
     */
    static String of(String articleId, int start, int end) {
        String key = PLAIN_ID.matcher(articleId).matches() ? "a-" + articleId : "x-" + hash(articleId);
        return "ev-" + key + "-" + start + "-" + end;
    }

    private static String hash(String s) {
        return HexFormat.of().formatHex(Sha256.digest(s), 0, 8);
    }
}
