package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Surface tests on a sentence that decide whether it can stand as a claim: long enough, not a quotation (quotes are
 * the quote section's business), not site furniture, and with a verb.
 */
final class SentenceKinds {
    /** Fewer words than this is a fragment, a caption or a dateline, not a statement. */
    static final int MIN_WORDS = 6;
    /** A sentence whose letters are mostly inside quote marks is a quotation. */
    static final double MAX_QUOTED = 0.6;

    private static final Set<String> COMMON_VERBS = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "said",
            "says", "say", "told", "tells", "met", "meet", "meets", "took", "take", "takes", "made", "make", "makes",
            "went", "go", "goes", "came", "come", "comes", "gave", "give", "gives", "left", "leave", "became",
            "become", "held", "hold", "holds", "began", "begin", "sent", "send", "saw", "see", "sees", "won", "lost",
            "got", "get", "gets", "put", "set", "ran", "run", "fell", "rose", "paid", "pay", "hit", "cut", "let",
            "kept", "keep", "spoke", "speak", "wrote", "write", "knew", "know", "thought", "think", "found", "find",
            "brought", "bring", "built", "stood", "led", "lead", "shows", "show", "showed", "shown", "seems",
            "remain", "remains", "includes", "include", "begins", "wants", "want", "needs", "need", "calls",
            "claims", "denies", "plans", "faces", "reports", "expects", "struck", "sank", "broke", "drew", "burned");
    private static final List<String> FURNITURE = List.of("http", "www.", "@", "click", "subscribe", "sign up",
            "newsletter", "read more", "all rights reserved", "cookie");

    private SentenceKinds() {
    }

    /** Whether {@code text} is too short, a quotation or site furniture to count as a statement. */
    static boolean isTrivial(String text) {
        return Terms.words(text).size() < MIN_WORDS || quotedFraction(text) >= MAX_QUOTED || isFurniture(text)
                || isTitleCase(text);
    }

    /** Whether {@code text} has a word that is very likely a verb (a common verb, or an -ed form). */
    static boolean hasVerb(String text) {
        for (String w : Terms.words(text)) {
            if (COMMON_VERBS.contains(w) || w.length() > 4 && w.endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** The share of the letters of {@code text} that stand inside quote marks. */
    static double quotedFraction(String text) {
        int letters = 0;
        int quoted = 0;
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c' || c == '\u201d' || c == '"' || c == '\u00ab' || c == '\u00bb' || c == '\u201e') {
                inside = c == '\u201c' || c == '\u00ab' || c == '\u201e' || c != '\u201d' && c != '\u00bb' && !inside;
                continue;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (inside) {
                    quoted++;
                }
            }
        }
        return letters == 0 ? 0 : (double) quoted / letters;
    }

    /** Whether the text has any quote mark at all. */
    static boolean hasQuoteMarks(String text) {
        return text.chars().anyMatch(c -> c == '\u201c' || c == '\u201d' || c == '"' || c == '\u00ab'
                || c == '\u00bb' || c == '\u201e');
    }

    private static boolean isFurniture(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return FURNITURE.stream().anyMatch(lower::contains);
    }

    /** A headline-style line: most of its words, stopwords aside, start with a capital and it has no final stop. */
    private static boolean isTitleCase(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?")) {
            return false;
        }
        int words = 0;
        int capitals = 0;
        for (String w : trimmed.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || Terms.STOPWORDS.contains(w)) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitals++;
            }
        }
        return words > 0 && capitals * 4 >= words * 3;
    }
}
