package org.parallax.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequency of terms among the texts of one event: a name or word every article repeats ("the
 * bridge", the main actor) says little about which fact a sentence states; a rare one ("Novo-Ogaryovo", "38,000")
 * says much. Weight = ln(1 + N / df); a term never seen gets the highest weight.
 */
final class TermWeights {
    private final Map<String, Integer> frequency; // looked up only, never iterated: no order can leak
    private final int texts;

    private TermWeights(Map<String, Integer> frequency, int texts) {
        this.frequency = frequency;
        this.texts = texts;
    }

    /** Weights from the term sets of {@code texts} (each set counted once per text). */
    static TermWeights of(List<? extends Set<String>> texts) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Set<String> terms : texts) {
            for (String t : terms) {
                frequency.merge(t, 1, Integer::sum);
            }
        }
        return new TermWeights(frequency, Math.max(1, texts.size()));
    }

    /** Weights from two kinds of term sets, pooled. */
    static TermWeights of(List<? extends Set<String>> first, List<? extends Set<String>> second) {
        Map<String, Integer> frequency = new HashMap<>();
        for (List<? extends Set<String>> list : List.of(first, second)) {
            for (Set<String> terms : list) {
                for (String t : terms) {
                    frequency.merge(t, 1, Integer::sum);
                }
            }
        }
        return new TermWeights(frequency, Math.max(1, Math.max(first.size(), second.size())));
    }

    /** The weight of {@code term}. */
    double weight(String term) {
        return Math.log(1 + (double) texts / frequency.getOrDefault(term, 1));
    }

    /** How many texts hold {@code term}. */
    int frequency(String term) {
        return frequency.getOrDefault(term, 0);
    }

    /** Weighted set cosine: the squared weights of shared terms over the norms of both sets; 0 if either is empty. */
    double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double shared = 0;
        double na = 0;
        double nb = 0;
        for (String t : a) {
            double w = weight(t);
            na += w * w;
            if (b.contains(t)) {
                shared += w * w;
            }
        }
        for (String t : b) {
            double w = weight(t);
            nb += w * w;
        }
        return shared / Math.sqrt(na * nb);
    }
}
