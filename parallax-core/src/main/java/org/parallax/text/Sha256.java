package org.parallax.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, for content ids, fingerprints and hashes of text (UTF-8) or bytes. */
public final class Sha256 {
    private Sha256() {
    }

    /** The digest of {@code bytes}. */
    public static byte[] digest(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    /** The digest of {@code text}'s UTF-8 bytes. */
    public static byte[] digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of {@code bytes} in lower-case hex (64 digits). */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    /** The digest of {@code text}'s UTF-8 bytes in lower-case hex (64 digits). */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** A new digest, to feed in parts. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
