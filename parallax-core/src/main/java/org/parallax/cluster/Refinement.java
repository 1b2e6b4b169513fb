package org.parallax.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The second pass of batch clustering: label propagation over the graph of nearest neighbours (Chinese Whispers,
 * Biemann 2006), started from the events of the online pass.
 *
 * <p>The online pass decides for each article once, against centroids of the events seen so far; an early wrong
 * join pulls a centroid towards the topic rather than the event, and an article that came before its event's
 * other reports stays alone. An article's nearest neighbours, by contrast, nearly always report its own event, even
 * where two events of one kind share most of their words. So once all articles are in, each article in turn takes
 * the event that carries the most similarity among its {@code k} nearest neighbours (found through the index, so
 * the pass stays near-linear), its current event getting {@link ClusterSettings#stayWeight()} on top so that one
 * weak link does not pull it away, until no article moves. Articles are visited in arrival order and ties go to the
 * current event, then the older one, so the result is deterministic.
 */
final class Refinement {
    /** Rounds of label propagation at most; it usually settles in a handful. */
    private static final int MAX_ROUNDS = 30;

    private final EventClusterer clusterer;

    Refinement(EventClusterer clusterer) {
        this.clusterer = clusterer;
    }

    void run() {
        List<EventClusterer.Member> members = clusterer.members();
        List<Map<Integer, Double>> graph = neighbourGraph(members);
        int[] label = new int[members.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = members.get(i).cluster.index;
        }
        double stay = clusterer.settings().stayWeight();
        boolean changed = true;
        for (int round = 0; changed && round < MAX_ROUNDS; round++) {
            changed = false;
            for (int i = 0; i < label.length; i++) {
                int best = vote(graph.get(i), label, label[i], stay);
                if (best != label[i]) {
                    label[i] = best;
                    changed = true;
                }
            }
        }
        new EventSplitter(members, clusterer.settings().splitRatio()).apply(label);
        clusterer.regroup(label);
    }

    /**
     * The label with the most neighbour similarity, {@code current} getting {@code stay} on top; {@code current}
     * wins ties, then the smaller label.
     */
    private static int vote(Map<Integer, Double> neighbours, int[] label, int current, double stay) {
        if (neighbours.isEmpty()) {
            return current;
        }
        TreeMap<Integer, Double> votes = new TreeMap<>();
        for (Map.Entry<Integer, Double> e : neighbours.entrySet()) {
            votes.merge(label[e.getKey()], e.getValue(), Double::sum);
        }
        int best = current;
        double bestVotes = votes.getOrDefault(current, 0.0) + stay;
        for (Map.Entry<Integer, Double> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /**
     * The symmetric graph linking each article to its {@code neighbours} most similar articles with at least
     * {@code minSimilarity} (cosine, decayed by time when both are dated); edge weights are the similarities.
     */
    private List<Map<Integer, Double>> neighbourGraph(List<EventClusterer.Member> members) {
        ClusterSettings s = clusterer.settings();
        List<Map<Integer, Double>> graph = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            graph.add(new TreeMap<>());
        }
        for (int i = 0; i < members.size(); i++) {
            EventClusterer.Member m = members.get(i);
            int[] top = clusterer.indexTerms(m.unit);
            for (EventClusterer.Neighbour n : clusterer.nearest(m, top, i, s.neighbours())) {
                if (n.similarity() >= s.minSimilarity()) {
                    graph.get(i).put(n.member(), n.similarity());
                    graph.get(n.member()).put(i, n.similarity());
                }
            }
        }
        return graph;
    }
}
