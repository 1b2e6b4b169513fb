package org.parallax.compare;

import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Whether two quotes can have the same speaker: the same name, the same surname (so "Wladimir Putin", "Vladimir
 * Putin" and "Putin" agree across transliterations), or one of them unknown.
 */
final class Speakers {
    private Speakers() {
    }

    /** Whether speakers {@code a} and {@code b} (either may be null) are compatible. */
    static boolean compatible(String a, String b) {
        if (isUnknown(a) || isUnknown(b)) {
            return true;
        }
        String x = normal(a);
        String y = normal(b);
        return x.equals(y) || surname(x).equals(surname(y));
    }

    /** Pronouns the annotator could not resolve: they name nobody, so they agree with anyone. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i",
            "you", "him", "her", "them");

    /** Whether nobody is credited: no speaker, or an unresolved pronoun. */
    static boolean isUnknown(String speaker) {
        return speaker == null || speaker.isBlank() || PRONOUNS.contains(normal(speaker));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
    }

    private static String surname(String name) {
        List<String> words = Terms.words(name);
        return words.isEmpty() ? name : words.get(words.size() - 1);
    }
}
