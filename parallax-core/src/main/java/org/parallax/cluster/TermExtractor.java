package org.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.model.Article;

/**
 * Turns an article into the raw term counts that describe its event: content words (lower-cased, plural and
 * possessive endings dropped, function words left out), names, and numbers.
 *
 * <p>Named-entity recognition comes in a later issue; until then a name is what English capitalises: a capitalised
 * word inside a sentence ({@code Reid}), and a run of two or more capitalised words ({@code Tara Reid},
 * {@code Betty Ford Center}), which also becomes a phrase term of its own. Names, numbers and headline words are
 * counted more than other words because they are what tells two events of one kind apart (two different
 * earthquakes share every word but their place, date and magnitude). Pure function of the article and settings.
 */
final class TermExtractor {
    /** Marks phrase terms, so that a one-word phrase can never collide with a word. */
    static final String PHRASE = "_";

    private final ClusterSettings settings;

    TermExtractor(ClusterSettings settings) {
        this.settings = settings;
    }

    /** Raw weighted counts of the article's terms: headline terms count {@code titleWeight} times. */
    Map<String, Double> counts(Article article) {
        Map<String, Double> counts = new HashMap<>();
        String title = article.title() == null ? "" : article.title();
        add(title, settings.titleWeight(), counts);
        add(article.text(), 1.0, counts);
        return counts;
    }

    /** Raw counts of the terms of a headline alone. */
    Map<String, Double> titleCounts(String title) {
        Map<String, Double> counts = new HashMap<>();
        add(title, 1.0, counts);
        return counts;
    }

    private void add(String text, double weight, Map<String, Double> counts) {
        Run run = new Run();
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && isWordChar(text, i)) {
                    i++;
                }
                String token = text.substring(start, i);
                sentenceStart = token(token, sentenceStart, weight, run, counts);
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';' || c == '"' || c == '“'
                        || c == '(' || c == ')' || c == ',' || c == '–' || c == '—') {
                    flush(run, weight, counts);
                }
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“') {
                    sentenceStart = true;
                }
                i++;
            }
        }
        flush(run, weight, counts);
    }

    /** Handles one token; returns whether the next token starts a sentence (always false after a token). */
    private boolean token(String raw, boolean sentenceStart, double weight, Run run,
                          Map<String, Double> counts) {
        if (hasDigit(raw)) {
            flush(run, weight, counts);
            String number = raw.replace(",", "");
            counts.merge(number, weight * settings.numberWeight(), Double::sum);
            return false;
        }
        String word = normalize(raw);
        boolean capitalised = Character.isUpperCase(raw.charAt(0));
        boolean stop = Stopwords.WORDS.contains(word);
        if (capitalised && !stop && !Stopwords.CALENDAR.contains(word)) {
            if (run.words.isEmpty()) {
                run.atSentenceStart = sentenceStart;
            }
            run.words.add(word);
        } else {
            flush(run, weight, counts);
        }
        if (stop || word.length() < 2) {
            return false;
        }
        boolean name = capitalised && !sentenceStart && !Stopwords.CALENDAR.contains(word);
        counts.merge(word, weight * (name ? settings.nameWeight() : 1.0), Double::sum);
        return false;
    }

    /** Ends a run of capitalised words: two or more make a name phrase. */
    private void flush(Run run, double weight, Map<String, Double> counts) {
        List<String> w = run.words;
        if (w.size() >= 2) {
            counts.merge(PHRASE + String.join(" ", w), weight * settings.nameWeight(), Double::sum);
        }
        if (w.size() >= 3 && run.atSentenceStart) {
            // "Yesterday Captain Edda Holm": the opening word may be capitalised only because it opens the sentence.
            counts.merge(PHRASE + String.join(" ", w.subList(1, w.size())), weight * settings.nameWeight(),
                    Double::sum);
        }
        w.clear();
    }

    /** The run of capitalised words being read. */
    private static final class Run {
        final List<String> words = new ArrayList<>();
        boolean atSentenceStart;
    }

    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        // Keep 3.5, 1,000, O'Brien, co-founder and don't together, but not a trailing dot or apostrophe.
        boolean inner = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(s.charAt(i - 1));
        return inner && (c == '.' && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i - 1))
                || c == ',' && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i - 1))
                || c == '\'' || c == '’' || c == '-');
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases a word and drops possessive and plural endings (an "S-stemmer": cheap and rarely wrong). */
    static String normalize(String raw) {
        String w = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, n - 1);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Word lists used by the extractor. */
    static final class Stopwords {
        /** English function words and reporting verbs: they say nothing about which event is reported. */
        static final Set<String> WORDS = Set.of(
                "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
                "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
                "can", "could", "did", "do", "doe", "doing", "down", "during", "each", "few", "for", "from",
                "further", "had", "ha", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
                "himself", "his", "how", "i", "if", "in", "into", "is", "it", "it'", "its", "itself", "just", "me",
                "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
                "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
                "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
                "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "wa", "was", "we",
                "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
                "you", "your", "yours", "yourself", "yourselves", "said", "say", "says", "told", "according",
                "mr", "mrs", "ms", "dr", "one", "two", "new", "year", "last", "first", "like", "get", "got", "may",
                "might", "must", "shall", "us", "per", "via", "yet", "however", "since", "many", "much", "well",
                "even", "still", "who'", "don't", "didn't", "can't", "won't", "isn't", "wasn't", "i'm", "he'", "she'",
                "that'", "there'", "we're", "they're", "i've", "we've", "let", "within", "without", "among", "around",
                "another", "every", "though", "although", "whether", "whose", "upon", "onto", "across", "along");

        /** Days and months: capitalised in English but not names of anything that tells events apart. */
        static final Set<String> CALENDAR = Set.of(
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                "february", "march", "april", "june", "july", "august", "september", "october", "november",
                "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

        private Stopwords() {
        }
    }
}
