package org.parallax.render;

import java.util.Locale;

/**
 * Decides which article URLs may become links. Only web addresses qualify: a {@code javascript:} or {@code data:}
 * URL from a hostile input must stay inert text. Public so that the web UI applies the same rule.
 */
public final class Links {
    private Links() {
    }

    /**
     * The URL, stripped of surrounding blanks, when it is an absolute {@code http} or {@code https} address with a
     * host and without blanks or control characters inside; otherwise {@code null}.
     */
    public static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        int hostStart = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (hostStart < 0 || u.length() == hostStart || "/?#".indexOf(u.charAt(hostStart)) >= 0) {
            return null;
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>'
                    || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return null;
            }
        }
        return u;
    }
}
