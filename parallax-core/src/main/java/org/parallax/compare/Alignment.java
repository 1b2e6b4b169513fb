package org.parallax.compare;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sentence alignment of one event: every sentence with its features, the cross-outlet pairs that scored above
 * the threshold, and the tight clusters they form.
 *
 * @param sentences every sentence of every article, by article id then position
 * @param pairs     aligned pairs of sentences from different outlets, by first then second index
 * @param clusters  clusters of aligned sentences (indices into {@code sentences}, ascending), by first index
 * @param bestCross for each sentence, its best score against any candidate sentence of another outlet (0 if none)
 */
public record Alignment(List<ProfiledSentence> sentences, List<AlignedPair> pairs, List<List<Integer>> clusters,
                        List<Double> bestCross) {

    /** The alignment of an event with nothing to compare. */
    public static final Alignment EMPTY = new Alignment(List.of(), List.of(), List.of(), List.of());

    public Alignment {
        sentences = List.copyOf(sentences);
        pairs = List.copyOf(pairs);
        clusters = List.copyOf(clusters);
        bestCross = List.copyOf(bestCross);
    }

    /**
     * Two sentences (indices into {@link #sentences}) of different outlets that state the same thing.
     *
     * @param a     the first sentence, {@code a < b}
     * @param b     the second sentence
     * @param score their similarity score
     */
    public record AlignedPair(int a, int b, double score) {
    }

    /** The distinct outlets of the sentences {@code members}. */
    public Set<String> outletsOf(List<Integer> members) {
        Set<String> out = new TreeSet<>();
        for (int i : members) {
            out.add(sentences.get(i).outlet());
        }
        return out;
    }

    /** For each sentence, whether it is aligned to a sentence of another outlet (by a pair or in a cluster). */
    public boolean[] alignedMask() {
        boolean[] out = new boolean[sentences.size()];
        for (AlignedPair p : pairs) {
            out[p.a()] = true;
            out[p.b()] = true;
        }
        for (List<Integer> cluster : clusters) {
            if (outletsOf(cluster).size() > 1) {
                cluster.forEach(i -> out[i] = true);
            }
        }
        return out;
    }
}
