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

import org.parallax.model.Article;
import org.parallax.model.DateMention;
import org.parallax.model.Evidence;
import org.parallax.model.TimelineEntry;

/**
 * The timeline of an event: every resolved date its articles mention (a day, a month, a year), with the sentences
 * that mention it across articles. The dateline of agency copy is skipped: it dates the filing, not a happening.
 * Entries are sorted by date (ISO strings sort in time order at one precision; a month sorts before its days).
 */
public final class TimelineBuilder {
    /** An age read as a date ("a 62-year-old night nurse"): not a happening. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-year-old");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "of", "in", "on", "at", "to", "was",
            "were", "is", "are", "said", "that", "it", "for", "by", "with", "from", "had", "has", "have", "its");

    /** A builder; holds no state. */
    public TimelineBuilder() {
    }

    /** The dated happenings of {@code coverage}'s event; empty for an event with one article. */
    public List<TimelineEntry> build(Coverage coverage) {
        if (coverage.articles().size() < 2) {
            return List.of();
        }
        Map<String, List<Evidence>> byDate = new TreeMap<>();
        for (Article article : coverage.articles()) {
            Set<String> seen = new HashSet<>();
            for (DateMention d : coverage.annotationsOf(article.id()).dates()) {
                if (d.value() == null || Datelines.inDateline(article.text(), d.start())
                        || AGE.matcher(d.text()).find()) {
                    continue;
                }
                Evidence e = EvidenceSpans.of(article, d.sentence(), d.start());
                if (e != null && seen.add(d.value() + "@" + e.start())) {
                    byDate.computeIfAbsent(d.value(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (Map.Entry<String, List<Evidence>> entry : byDate.entrySet()) {
            List<Evidence> evidence = entry.getValue();
            evidence.sort(Comparator.comparing(Evidence::articleId).thenComparingInt(Evidence::start));
            Set<String> ids = new TreeSet<>();
            evidence.forEach(e -> ids.add(e.articleId()));
            out.add(new TimelineEntry(entry.getKey(), clearest(evidence), List.copyOf(ids), evidence));
        }
        return out;
    }

    /**
     * The sentence that shares the most words with the others of its date (what they agree on), preferring shorter
     * sentences on a tie; with one sentence, that one.
     */
    static String clearest(List<Evidence> evidence) {
        List<Set<String>> words = new ArrayList<>();
        for (Evidence e : evidence) {
            words.add(words(e.sentence()));
        }
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < evidence.size(); i++) {
            double score = 0;
            for (int j = 0; j < evidence.size(); j++) {
                if (i != j) {
                    Set<String> common = new HashSet<>(words.get(i));
                    common.retainAll(words.get(j));
                    score += common.size();
                }
            }
            score -= evidence.get(i).sentence().length() / 1000.0; // shorter wins a tie
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return evidence.get(best).sentence();
    }

    private static Set<String> words(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(Lemmas.singular(w));
            }
        }
        return out;
    }
}
