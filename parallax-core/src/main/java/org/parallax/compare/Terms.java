package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Word-level features of a short text used to compare sentences and quotes lexically: content words reduced to a
 * crude stem (so "women"/"woman" or "shares"/"share" meet), numbers, and capitalised words that are not
 * sentence-initial (a cheap stand-in for names when annotations are missing).
 */
final class Terms {
    /** Function words and reporting verbs: frequent everywhere, so they say nothing about which fact is stated. */
    static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "into", "about", "after", "before", "over", "under", "than",
            "that", "this", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we",
            "our", "us", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
            "not", "no", "so", "also", "which", "who", "whom", "what", "when", "where", "why", "how", "there",
            "here", "said", "says", "say", "told", "tell", "according", "just", "very", "all", "any", "some", "more",
            "most", "other", "such", "only", "own", "same", "too", "up", "out", "then", "now", "one", "him",
            "mr", "mrs", "ms", "while", "during", "because", "through", "against", "between", "both", "each");

    private Terms() {
    }

    /** The lower-cased word tokens of {@code text} (letters and digits; inner apostrophes and hyphens kept). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || isJoiner(text, j))) {
                j++;
            }
            out.add(text.substring(i, j).toLowerCase(Locale.ROOT));
            i = j;
        }
        return out;
    }

    private static boolean isJoiner(String s, int j) {
        char c = s.charAt(j);
        boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',';
        return joiner && j + 1 < s.length() && Character.isLetterOrDigit(s.charAt(j + 1))
                && j > 0 && Character.isLetterOrDigit(s.charAt(j - 1))
                && (c != '.' && c != ',' || Character.isDigit(s.charAt(j - 1)) && Character.isDigit(s.charAt(j + 1)));
    }

    /** Content-word stems of {@code text}: no stopwords, no one-letter words, no numbers. */
    static Set<String> content(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : words(text)) {
            if (w.length() > 1 && !STOPWORDS.contains(w) && !isNumber(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** The numbers written in digits in {@code text}, without thousands separators ("300,000" -> "300000"). */
    static Set<String> numbers(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : words(text)) {
            if (isNumber(w)) {
                out.add(w.replace(",", ""));
            }
        }
        return out;
    }

    /**
     * The capitalised words of {@code text} except the first word and words right after sentence punctuation or an
     * opening quote, lower-cased: a cheap stand-in for names.
     */
    static Set<String> capitalised(String text) {
        Set<String> out = new TreeSet<>();
        int i = 0;
        int n = text.length();
        boolean first = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\u201c' || c == '"' || c == '\u00ab') {
                    first = true;
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || isJoiner(text, j))) {
                j++;
            }
            String word = text.substring(i, j);
            if (!first && Character.isUpperCase(word.charAt(0)) && word.length() > 1
                    && !STOPWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
            first = false;
            i = j;
        }
        return out;
    }

    static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.chars().allMatch(c -> Character.isDigit(c)
                || c == ',' || c == '.');
    }

    /**
     * A crude English stem: strips possessives and the commonest inflections. Crude on purpose: both sides of a
     * comparison go through the same function, so only consistency matters.
     */
    static String stem(String w) {
        String s = w.replace('\u2019', '\'');
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.equals("women")) {
            return "woman";
        }
        if (s.equals("men")) {
            return "man";
        }
        if (s.length() > 5 && s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.length() > 5 && s.endsWith("ing")) {
            return s.substring(0, s.length() - 3);
        }
        if (s.length() > 4 && s.endsWith("ed")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }
}
