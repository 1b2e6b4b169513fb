package org.parallax.render;

/**
 * Makes strings safe to encode. Input can carry unpaired UTF-16 surrogates (from broken files or a truncated
 * line); encoders either throw on them or replace them inconsistently, so every writer passes text through here.
 */
final class Unicode {
    /** U+FFFD, the character Unicode reserves for "something unreadable was here". */
    static final char REPLACEMENT = '\uFFFD';

    private Unicode() {
    }

    /** {@code s} with every unpaired surrogate replaced by U+FFFD; {@code null} stays {@code null}. */
    static String wellFormed(String s) {
        if (s == null || isWellFormed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
