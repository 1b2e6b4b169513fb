package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Extends clusters of aligned sentences by a rare shared name. Sentences that state the same fact in different
 * frames ("a video showed Putin receiving the women at his residence in X" and "the meeting took place at the
 * residence in X") score low on the embedding, but a specific name (not a number) that the whole event mentions
 * only in one cluster's sentences and in one sentence of another outlet ties that sentence to the cluster's fact.
 *
 * <p>A name {@code t} is an anchor of cluster {@code C} when at least two outlets of {@code C} mention it, no
 * article mentions it in more than one sentence, and every sentence that mentions it is in {@code C} or comes from
 * an outlet {@code C} lacks. A sentence of such an outlet that mentions the anchor joins {@code C} when it is in no
 * other cluster, is long enough to align, and its mean score against {@code C} reaches a low floor (it must still
 * be about the same thing, not merely name the place).
 */
final class AnchoredJoin {
    private AnchoredJoin() {
    }

    /** The clusters with anchored sentences added, each re-sorted. */
    static List<List<Integer>> extend(List<ProfiledSentence> sentences, List<List<Integer>> clusters,
                                      TightClusters.Scorer scorer, double floor) {
        Map<String, List<Integer>> postings = new TreeMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (String name : sentences.get(i).names()) {
                if (!Terms.isNumber(name)) {
                    postings.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                }
            }
        }
        int[] clusterOf = new int[sentences.size()];
        Arrays.fill(clusterOf, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                clusterOf[i] = c;
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<Integer> cluster = new ArrayList<>(clusters.get(c));
            Set<String> outlets = outlets(sentences, cluster);
            for (String name : anchors(sentences, cluster, outlets, postings, clusterOf, c)) {
                for (int i : postings.get(name)) {
                    if (clusterOf[i] == -1 && !outlets.contains(sentences.get(i).outlet())
                            && !SentenceKinds.isTrivial(sentences.get(i).sentence().text())
                            && mean(i, cluster, scorer) >= floor) {
                        cluster.add(i);
                        clusterOf[i] = c;
                    }
                }
            }
            cluster.sort(null);
            out.add(List.copyOf(cluster));
        }
        return out;
    }

    private static List<String> anchors(List<ProfiledSentence> sentences, List<Integer> cluster, Set<String> outlets,
                                        Map<String, List<Integer>> postings, int[] clusterOf, int c) {
        Set<String> candidates = new TreeSet<>();
        for (int i : cluster) {
            candidates.addAll(sentences.get(i).names());
        }
        List<String> out = new ArrayList<>();
        for (String name : candidates) {
            List<Integer> posting = postings.get(name);
            if (posting != null && isAnchor(sentences, outlets, posting, clusterOf, c)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean isAnchor(List<ProfiledSentence> sentences, Set<String> outlets, List<Integer> posting,
                                    int[] clusterOf, int c) {
        Set<String> articles = new TreeSet<>();
        Set<String> clusterOutlets = new TreeSet<>();
        boolean outside = false;
        for (int i : posting) {
            ProfiledSentence s = sentences.get(i);
            if (!articles.add(s.articleId())) {
                return false; // mentioned twice in one article: a running topic, not one detail
            }
            if (clusterOf[i] == c) {
                clusterOutlets.add(s.outlet());
            } else if (outlets.contains(s.outlet())) {
                return false; // an outlet of the cluster uses the name elsewhere too
            } else {
                outside = true;
            }
        }
        return outside && clusterOutlets.size() >= 2;
    }

    private static Set<String> outlets(List<ProfiledSentence> sentences, List<Integer> cluster) {
        Set<String> out = new TreeSet<>();
        for (int i : cluster) {
            out.add(sentences.get(i).outlet());
        }
        return out;
    }

    private static double mean(int i, List<Integer> cluster, TightClusters.Scorer scorer) {
        double sum = 0;
        for (int j : cluster) {
            sum += scorer.score(i, j);
        }
        return sum / cluster.size();
    }
}
