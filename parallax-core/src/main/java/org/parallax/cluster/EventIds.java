package org.parallax.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.parallax.text.Sha256;

/** Event ids derived from content: the same members always give the same id, whatever the run order. */
public final class EventIds {
    private EventIds() {
    }

    /**
     * The id of an event with the given members: the first 16 hex digits of the SHA-256 of the sorted ids, each
     * followed by a line feed.
     *
     * @param sortedArticleIds member ids, sorted
     */
    public static String of(List<String> sortedArticleIds) {
        MessageDigest sha = Sha256.newDigest();
        for (String id : sortedArticleIds) {
            sha.update(id.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
