package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.parallax.model.Claim;
import org.parallax.model.Evidence;

/**
 * Unique claims: substantive statements that only one outlet makes. A sentence qualifies when no sentence of another
 * outlet comes near it (its best cross-outlet score stays below the alignment threshold less a margin, so a
 * borderline paraphrase is not reported as unique), it is not trivial (see {@link SentenceKinds}), it has a verb,
 * and it names an entity or states a number. Each article contributes at most {@link #PER_ARTICLE} claims, its most
 * informative ones: names and numbers, and words rare in the event, count most.
 */
public final class UniqueClaimFinder {
    /** The most claims listed per article: enough to show what an outlet adds, few enough to read. */
    public static final int PER_ARTICLE = 5;
    /** How far below the alignment threshold a sentence's best cross-outlet score must stay. */
    public static final double MARGIN = 0.06;

    private final SentenceAligner aligner;

    /** A finder aligning sentences with {@code aligner}. */
    public UniqueClaimFinder(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    /** The unique claims of {@code coverage}. */
    public List<Claim> find(Coverage coverage) {
        return find(aligner.align(coverage), aligner.settings().threshold());
    }

    /**
     * The unique claims of an alignment already made with threshold {@code threshold}, by article id then position;
     * empty when fewer than two outlets cover the event (nothing to be unique against).
     */
    public static List<Claim> find(Alignment alignment, double threshold) {
        List<ProfiledSentence> sentences = alignment.sentences();
        if (alignment.outletsOf(indices(sentences.size())).size() < 2) {
            return List.of();
        }
        Map<String, Integer> frequency = termFrequency(sentences);
        boolean[] aligned = alignment.alignedMask();
        Map<String, List<Integer>> byArticle = new TreeMap<>();
        Set<String> seen = new HashSet<>(); // only tested, never iterated
        for (int i = 0; i < sentences.size(); i++) {
            ProfiledSentence s = sentences.get(i);
            // An outlet running the same sentence in two of its articles states it once.
            boolean repeat = !seen.add(s.outlet() + "\u0000" + String.join(" ", s.content()));
            if (!aligned[i] && !repeat && alignment.bestCross().get(i) < threshold - MARGIN && isSubstantive(s)) {
                byArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Claim> out = new ArrayList<>();
        for (List<Integer> candidates : byArticle.values()) {
            List<Integer> top = new ArrayList<>(candidates);
            top.sort(Comparator.<Integer>comparingDouble(i -> -informativeness(sentences.get(i), frequency))
                    .thenComparingInt(i -> i));
            top = new ArrayList<>(top.subList(0, Math.min(PER_ARTICLE, top.size())));
            top.sort(null);
            for (int i : top) {
                Sentence s = sentences.get(i).sentence();
                out.add(new Claim(s.text(), List.of(s.articleId()),
                        List.of(new Evidence(s.articleId(), s.text(), s.start(), s.end()))));
            }
        }
        return List.copyOf(out);
    }

    /** A statement: not trivial, has a verb, and names something or states a number. */
    static boolean isSubstantive(ProfiledSentence s) {
        String text = s.sentence().text();
        return !s.names().isEmpty() && !SentenceKinds.isTrivial(text) && SentenceKinds.hasVerb(text)
                && Terms.words(text).size() >= 8;
    }

    /** Names and numbers count 2 each, content words rare in the event (in at most 2 sentences) 1, others 0.1. */
    static double informativeness(ProfiledSentence s, Map<String, Integer> frequency) {
        double score = 2.0 * s.names().size();
        for (String t : s.content()) {
            score += frequency.getOrDefault(t, 0) <= 2 ? 1 : 0.1;
        }
        return score;
    }

    private static Map<String, Integer> termFrequency(List<ProfiledSentence> sentences) {
        Map<String, Integer> out = new HashMap<>(); // only looked up, never iterated: order cannot leak
        for (ProfiledSentence s : sentences) {
            for (String t : s.content()) {
                out.merge(t, 1, Integer::sum);
            }
        }
        return out;
    }

    private static List<Integer> indices(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
