package org.parallax.compare;

import java.util.Set;

/**
 * English function words, plus the reporting verbs every news story uses ("said", "told"): words that carry no
 * framing of their own.
 */
final class Stopwords {
    private static final Set<String> WORDS = Set.of("a", "about", "above", "after", "again", "against", "all", "also",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
            "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
            "even", "ever", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
            "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "least", "less", "like", "many", "may", "me", "might", "more", "most", "much", "must",
            "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
            "others", "our", "ours", "ourselves", "out", "over", "own", "per", "same", "shall", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was",
            "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
            "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "it's",
            "he's", "she's", "that's", "there's", "i'm", "we're", "they're", "don't", "didn't", "doesn't", "isn't",
            "wasn't", "won't", "can't", "said", "says", "say", "told", "tell", "according", "added", "adding",
            "including", "since", "though", "although", "among", "around", "via", "mr", "mrs", "ms", "two", "three",
            "new", "year", "years", "day", "days", "time", "week", "weeks", "last", "first", "next", "well", "get",
            "got", "made", "make", "going", "back", "still", "already", "several", "every");

    private Stopwords() {
    }

    /** Whether {@code word} (lower-cased) is a stopword. */
    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
