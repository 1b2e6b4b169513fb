package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Attribution;
import org.parallax.model.Citation;
import org.parallax.model.CitedSource;
import org.parallax.model.Quote;

/**
 * Who cites whom: every source each article credits (its attributions, plus the outlets its quotes are reported
 * through), and the sources merged across articles by a normalised name (see {@link SourceNames}).
 */
public final class CitationCollector {
    /**
     * Single words that name a kind of information rather than a source ("according to official information",
     * "according to a report"): the credit is real but names nobody, so it is not listed as a cited source.
     */
    private static final Set<String> NOT_A_SOURCE = Set.of("information", "report", "reports", "data", "statement",
            "statements", "estimates", "figures", "sources", "source", "news", "media", "reporting", "footage",
            "video", "videos", "documents", "records", "analysis", "survey", "poll", "polls", "it", "this", "that",
            "they", "he", "she", "we", "i", "you", "who", "which");

    /** Every citation of every article, by article id then order in the article, each once. */
    public List<Citation> citations(Coverage coverage) {
        List<Citation> out = new ArrayList<>();
        for (Article a : coverage.articles()) {
            Annotations notes = coverage.annotationsOf(a.id());
            Set<String> seen = new HashSet<>();
            for (Attribution at : notes.attributions()) {
                add(out, seen, new Citation(a.id(), at.source(), at.cue(), at.sentence()));
            }
            for (Quote q : notes.quotes()) {
                if (q.via() != null && !q.via().isBlank()) {
                    add(out, seen, new Citation(a.id(), q.via(), q.cue() == null ? "via" : q.cue(), q.sentence()));
                }
            }
        }
        return out;
    }

    /** The cited sources merged across articles, cited by most articles first, then by name. */
    public List<CitedSource> sources(Coverage coverage) {
        return sources(citations(coverage));
    }

    /** The sources of {@code citations}, merged by normalised name, cited by most articles first, then by name. */
    public List<CitedSource> sources(List<Citation> citations) {
        Map<String, Set<String>> articles = new TreeMap<>();
        Map<String, Map<String, Set<String>>> names = new TreeMap<>();
        for (Citation c : citations) {
            String key = SourceNames.key(c.source());
            articles.computeIfAbsent(key, k -> new TreeSet<>()).add(c.articleId());
            names.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(SourceNames.display(c.source()), k -> new TreeSet<>()).add(c.articleId());
        }
        mergePlurals(articles, names);
        mergeTransliterations(articles, names);
        mergeTitledNames(articles, names);
        List<CitedSource> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : articles.entrySet()) {
            out.add(new CitedSource(bestName(names.get(e.getKey())), new ArrayList<>(e.getValue())));
        }
        out.sort(Comparator.comparingInt((CitedSource s) -> -s.articleIds().size())
                .thenComparing(s -> s.source().toLowerCase(Locale.ROOT)).thenComparing(CitedSource::source));
        return out;
    }

    /**
     * Joins a key ending in "s" to the same key without it when both occur ("British Guardians" in a machine
     * translation, "the Guardian" elsewhere): within one event's sources the two are one name far more often than two.
     */
    private static void mergePlurals(Map<String, Set<String>> articles, Map<String, Map<String, Set<String>>> names) {
        for (String key : new ArrayList<>(articles.keySet())) {
            String singular = key.endsWith("s") && key.length() > 3 ? key.substring(0, key.length() - 1) : null;
            if (singular != null && articles.containsKey(singular)) {
                articles.get(singular).addAll(articles.remove(key));
                names.get(key).forEach((name, ids) ->
                        names.get(singular).computeIfAbsent(name, k -> new TreeSet<>()).addAll(ids));
                names.remove(key);
            }
        }
    }

    /**
     * Joins two multi-word keys with the same last word whose first words are close spellings ("wladimir putin",
     * "vladimir putin"), as {@link PeopleMerger} does for people; the later key (alphabetically) joins the earlier.
     */
    private static void mergeTransliterations(Map<String, Set<String>> articles,
                                              Map<String, Map<String, Set<String>>> names) {
        List<String> keys = new ArrayList<>(articles.keySet());
        for (int x = 0; x < keys.size(); x++) {
            for (int y = x + 1; y < keys.size(); y++) {
                String a = keys.get(x);
                String b = keys.get(y);
                if (articles.containsKey(a) && articles.containsKey(b) && transliterated(a, b)) {
                    articles.get(a).addAll(articles.remove(b));
                    names.get(b).forEach((name, ids) ->
                            names.get(a).computeIfAbsent(name, k -> new TreeSet<>()).addAll(ids));
                    names.remove(b);
                }
            }
        }
    }

    /**
     * Joins a key to a shorter key of two or more words that ends it, when the shorter one is a proper name (every
     * word capitalised): "Mayor Miriam Oskarsen" is "Miriam Oskarsen" with a title.
     */
    private static void mergeTitledNames(Map<String, Set<String>> articles,
                                         Map<String, Map<String, Set<String>>> names) {
        for (String key : new ArrayList<>(articles.keySet())) {
            String[] w = key.split(" ");
            for (int from = 1; from + 2 <= w.length; from++) {
                String suffix = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
                if (articles.containsKey(key) && articles.containsKey(suffix) && properName(names.get(suffix))) {
                    articles.get(suffix).addAll(articles.remove(key));
                    names.get(key).forEach((name, ids) ->
                            names.get(suffix).computeIfAbsent(name, k -> new TreeSet<>()).addAll(ids));
                    names.remove(key);
                }
            }
        }
    }

    private static boolean properName(Map<String, Set<String>> spellings) {
        return spellings.keySet().stream().allMatch(n -> java.util.Arrays.stream(n.split(" "))
                .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))));
    }

    private static boolean transliterated(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return x.length == 2 && y.length == 2 && x[1].equals(y[1]) && !x[0].equals(y[0])
                && PeopleMerger.closeSpellings(x[0], y[0]);
    }

    /** The name most articles use; on a tie a capitalised one, then the shorter, then alphabetical. */
    private static String bestName(Map<String, Set<String>> names) {
        return names.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                        .thenComparing(e -> Character.isUpperCase(e.getKey().codePointAt(0)) ? 0 : 1)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    private static void add(List<Citation> out, Set<String> seen, Citation c) {
        String key = SourceNames.key(c.source());
        if (key.isEmpty() || NOT_A_SOURCE.contains(key)) {
            return;
        }
        if (seen.add(key + "\u0000" + c.sentence())) {
            out.add(c);
        }
    }
}
