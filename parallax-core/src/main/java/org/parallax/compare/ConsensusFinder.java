package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.parallax.model.Claim;
import org.parallax.model.Evidence;

/**
 * Consensus: the facts two or more outlets state, one {@link Claim} per cluster of aligned sentences. Trivial
 * sentences (short fragments, quotations, headlines, site furniture) are left out before counting outlets. The
 * statement is the medoid of the cluster's sentences without quote marks (the one most like all the others, so the
 * wording closest to what the outlets share), shorter first on a tie. Claims are ranked by number of outlets, then
 * by evidence count, then by statement.
 */
public final class ConsensusFinder {
    private final SentenceAligner aligner;

    /** A finder aligning sentences with {@code aligner}. */
    public ConsensusFinder(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    /** The consensus claims of {@code coverage}. */
    public List<Claim> find(Coverage coverage) {
        return find(aligner.align(coverage));
    }

    /** The consensus claims of an alignment already made. */
    public static List<Claim> find(Alignment alignment) {
        List<Ranked> ranked = new ArrayList<>();
        for (List<Integer> cluster : alignment.clusters()) {
            List<Integer> kept = cluster.stream()
                    .filter(i -> !SentenceKinds.isTrivial(alignment.sentences().get(i).sentence().text())).toList();
            int outlets = alignment.outletsOf(kept).size();
            if (outlets >= 2) {
                ranked.add(new Ranked(claim(alignment, kept), outlets));
            }
        }
        ranked.sort(RANKING);
        return ranked.stream().map(Ranked::claim).toList();
    }

    /** A claim with the number of distinct outlets behind it (articles of one outlet count once). */
    private record Ranked(Claim claim, int outlets) {
    }

    /** Most outlets first, then most evidence, then statement, then first evidence (a total order). */
    private static final Comparator<Ranked> RANKING = Comparator.comparingInt(Ranked::outlets).reversed()
            .thenComparing(Comparator.<Ranked>comparingInt(r -> r.claim().evidence().size()).reversed())
            .thenComparing(r -> r.claim().statement())
            .thenComparing(r -> r.claim().evidence().get(0).articleId())
            .thenComparingInt(r -> r.claim().evidence().get(0).start());

    private static Claim claim(Alignment alignment, List<Integer> members) {
        List<Integer> plain = members.stream()
                .filter(i -> !SentenceKinds.hasQuoteMarks(alignment.sentences().get(i).sentence().text())).toList();
        List<Integer> pool = plain.isEmpty() ? members : plain;
        int statement = medoid(alignment, pool, members);
        Set<String> articles = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (int i : members) {
            Sentence s = alignment.sentences().get(i).sentence();
            articles.add(s.articleId());
            evidence.add(new Evidence(s.articleId(), s.text(), s.start(), s.end()));
        }
        evidence.sort(Comparator.comparing(Evidence::articleId).thenComparingInt(Evidence::start));
        return new Claim(alignment.sentences().get(statement).sentence().text(), List.copyOf(articles), evidence);
    }

    private static int medoid(Alignment alignment, List<Integer> pool, List<Integer> members) {
        int best = -1;
        double bestScore = -1;
        for (int i : pool) {
            double sum = 0;
            for (int j : members) {
                if (i != j) {
                    sum += SentenceEmbedder.cosine(alignment.sentences().get(i).vector(), alignment.sentences().get(j).vector());
                }
            }
            // Members are in article/position order, so ties keep the earliest; a shorter sentence wins a near-tie.
            double score = sum - 1e-4 * alignment.sentences().get(i).sentence().text().length();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
