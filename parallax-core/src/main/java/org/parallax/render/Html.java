package org.parallax.render;

/**
 * Escapes text for HTML, both for element content and for quoted attribute values, so that article content can
 * never become markup: {@code <img onerror=...>} in a title is shown as those characters, not run. Public so that the
 * web UI escapes exactly as the report does.
 */
public final class Html {
    private Html() {
    }

    /**
     * {@code s} with {@code & < > " '} replaced by character references, and characters HTML forbids (control
     * characters other than tab and line ends, unpaired surrogates) replaced by U+FFFD; {@code null} gives "".
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        String text = Unicode.wellFormed(s);
        if (!needsEscaping(text)) {
            return text; // most text: no copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(isForbidden(c) ? Unicode.REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || isForbidden(c)) {
                return true;
            }
        }
        return false;
    }

    /** C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls. */
    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
