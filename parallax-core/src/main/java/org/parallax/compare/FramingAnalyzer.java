package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.parallax.model.Article;
import org.parallax.model.Framing;

/**
 * The words and phrases each article uses about its event that the other outlets do not, by the weighted log-odds
 * ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn (2008), "Fightin' Words".
 *
 * <p>Terms are lower-cased unigrams, bigrams and "X of Y" trigrams ("war of aggression") within a sentence, without
 * stopwords at their ends. For article {@code i} against the articles of the other outlets {@code r}, with prior
 * {@code a_w = A0 * y_w / n} from the whole event's counts:
 * <pre>
 * delta_w = log((y_iw + a_w) / (n_i + A0 - y_iw - a_w)) - log((y_rw + a_w) / (n_r + A0 - y_rw - a_w))
 * z_w     = delta_w / sqrt(1 / (y_iw + a_w) + 1 / (y_rw + a_w))
 * </pre>
 * The prior's total {@code A0} is the size of a typical article (at most the event's size), so the prior carries
 * as much weight as one more article: enough to damp the many words every outlet uses once by chance, not so
 * much that a word only one outlet uses can never stand out.
 *
 * <p>A headline is the outlet's most deliberate choice of words, so its terms count {@value #HEADLINE_WEIGHT}
 * times (a headline repeated as the text's first line is counted once). Words the event's texts only ever write
 * capitalised mid-sentence (names, "Russian") are left to the people section. A term is kept when its z-score is
 * above {@value #Z_MIN}, the one-sided 5% level (only over-use is of interest), and the article uses it at least
 * twice or in its headline: a single use in the body is too weak a sign of framing. At most
 * {@value #MAX_TERMS} terms, highest z first (ties by term); a term inside a kept longer phrase with no more uses
 * of its own is dropped as redundant.
 */
public final class FramingAnalyzer {
    /** How many body uses a use in the headline counts as. */
    static final int HEADLINE_WEIGHT = 4;
    /** The one-sided 5% point of the standard normal. */
    static final double Z_MIN = 1.645;
    /** Terms kept per article. */
    static final int MAX_TERMS = 10;
    /** Prior total: the words of a typical news article. */
    static final double PRIOR_WORDS = 500;

    /** One framing per article of an event with two or more outlets, by article id; empty otherwise. */
    public List<Framing> analyze(Coverage coverage) {
        List<Article> articles = coverage.articles();
        List<String> outlets = articles.stream().map(FramingAnalyzer::outletOf).toList();
        if (new TreeSet<>(outlets).size() < 2) {
            return List.of();
        }
        Set<String> names = NameWords.of(articles);
        List<Counts> counts = articles.stream().map(a -> Counts.of(a, names)).toList();
        Counts event = new Counts();
        counts.forEach(event::addAll);
        Map<String, Counts> byOutlet = new TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byOutlet.computeIfAbsent(outlets.get(i), k -> new Counts()).addAll(counts.get(i));
        }
        List<Framing> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            // the other outlets' counts are the event's minus this outlet's: linear in the number of articles
            Counts own = byOutlet.get(outlets.get(i));
            out.add(new Framing(articles.get(i).id(), distinctive(counts.get(i), own, event)));
        }
        return out;
    }

    /** The article's outlet, or its id when the outlet is unknown (each unknown article is its own outlet). */
    private static String outletOf(Article a) {
        return "unknown".equalsIgnoreCase(a.outlet()) || a.outlet().isBlank() ? "\u0000" + a.id() : a.outlet();
    }

    private static List<String> distinctive(Counts mine, Counts outlet, Counts event) {
        long restTotal = event.total - outlet.total;
        double a0 = Math.min(PRIOR_WORDS, event.total);
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : mine.terms.entrySet()) {
            String term = e.getKey();
            if (mine.plain.getOrDefault(term, 0) < 2 && !mine.headline.contains(term)) {
                continue;
            }
            int rest = event.terms.get(term) - outlet.terms.getOrDefault(term, 0);
            double z = z(e.getValue(), mine.total, rest, restTotal,
                    a0 * event.terms.get(term) / event.total, a0);
            if (z > Z_MIN) {
                scored.add(Map.entry(term, z));
            }
        }
        scored.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Double> e : scored) {
            if (kept.size() < MAX_TERMS && !redundant(e.getKey(), kept, mine)) {
                kept.add(e.getKey());
            }
        }
        return kept;
    }

    /** A term inside an already kept phrase that the article uses no more often than the phrase. */
    private static boolean redundant(String term, List<String> kept, Counts mine) {
        for (String k : kept) {
            if ((" " + k + " ").contains(" " + term + " ")
                    && mine.terms.get(term) <= mine.terms.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** The z-score of the log-odds ratio of a term between {@code i} and {@code r} (Monroe et al. 2008, eq. 16-22). */
    static double z(double yi, double ni, double yr, double nr, double alpha, double alpha0) {
        double delta = Math.log((yi + alpha) / (ni + alpha0 - yi - alpha))
                - Math.log((yr + alpha) / (nr + alpha0 - yr - alpha));
        return delta / Math.sqrt(1 / (yi + alpha) + 1 / (yr + alpha));
    }

    /** Term counts of a text: weighted counts, body-only counts and the headline's terms. */
    private static final class Counts {
        final Map<String, Integer> terms = new HashMap<>();
        final Map<String, Integer> plain = new HashMap<>();
        final Set<String> headline = new TreeSet<>();
        long total;

        static Counts of(Article a, Set<String> names) {
            Counts c = new Counts();
            String title = a.title() == null ? "" : a.title();
            for (String term : Terms.of(title, names)) {
                c.headline.add(term);
                c.add(term, HEADLINE_WEIGHT);
            }
            for (Sentence s : Sentences.split(a.id(), a.text())) {
                if (s.index() == 0 && Words.of(s.text()).equals(Words.of(title))) {
                    continue; // the headline repeated as the text's first line: counted once, as the headline
                }
                for (String term : Terms.of(s.text(), names)) {
                    c.plain.merge(term, 1, Integer::sum);
                    c.add(term, 1);
                }
            }
            return c;
        }

        void add(String term, int n) {
            terms.merge(term, n, Integer::sum);
            total += n;
        }

        void addAll(Counts other) {
            other.terms.forEach(this::add);
        }
    }

    /** The terms of one sentence or headline. */
    static final class Terms {
        private static final java.util.regex.Pattern PUNCTUATION =
                java.util.regex.Pattern.compile("[,;:!?.\"“”«»()\\[\\]—–]+|['‘’](?!\\p{L})|(?<!\\p{L})['‘’]");
        private Terms() {
        }

        /** The terms of {@code sentence}, leaving out those made only of {@code names}. */
        static List<String> of(String sentence, Set<String> names) {
            List<String> out = new ArrayList<>();
            // a phrase never spans punctuation: "pain": Putin ... gives no "pain putin"
            for (String piece : PUNCTUATION.split(sentence)) {
                phrases(Words.of(piece), names, out);
            }
            return out;
        }

        private static void phrases(List<String> words, Set<String> names, List<String> out) {
            for (int k = 0; k < words.size(); k++) {
                String w = words.get(k);
                if (!content(w)) {
                    continue;
                }
                add(out, names, w);
                if (k + 1 < words.size() && content(words.get(k + 1))) {
                    add(out, names, w, words.get(k + 1));
                }
                if (k + 2 < words.size() && words.get(k + 1).equals("of") && content(words.get(k + 2))) {
                    add(out, names, w, "of", words.get(k + 2));
                }
            }
        }

        /** Adds a term unless all its content words are names: names are the people section's, not framing. */
        private static void add(List<String> out, Set<String> names, String... words) {
            for (String w : words) {
                if (!w.equals("of") && !names.contains(w)) {
                    out.add(String.join(" ", words));
                    return;
                }
            }
        }

        private static boolean content(String w) {
            return w.length() > 1 && !Stopwords.contains(w) && !w.chars().allMatch(Character::isDigit);
        }
    }

    /**
     * Words the event's texts only ever write capitalised, away from the start of a sentence ("Putin", "Kremlin",
     * "Russian"): names and their adjectives, which say who is involved, not how the event is framed.
     */
    static final class NameWords {
        private NameWords() {
        }

        static Set<String> of(List<Article> articles) {
            Set<String> capitalised = new TreeSet<>();
            Set<String> lower = new TreeSet<>();
            for (Article a : articles) {
                for (Sentence s : Sentences.split(a.id(), a.text())) {
                    java.util.regex.Matcher m = Words.PATTERN.matcher(s.text());
                    boolean first = true;
                    while (m.find()) {
                        String w = m.group();
                        String key = w.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
                        if (Character.isUpperCase(w.codePointAt(0))) {
                            if (!first) {
                                capitalised.add(key);
                            }
                        } else {
                            lower.add(key);
                        }
                        first = false;
                    }
                }
            }
            capitalised.removeAll(lower);
            return capitalised;
        }
    }
}
