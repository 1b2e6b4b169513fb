package org.parallax.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parallax.model.Article;

/** Development probe, not a test: how pure the nearest-neighbour graph is per gold topic. */
public final class GraphProbe {
    private GraphProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> articles = org.parallax.eval.ClusteringHarnessAccess.read(Path.of(args[0]));
        Map<String, String> gold = org.parallax.eval.ClusteringHarnessAccess.gold(Path.of(args[1]));
        ClusterSettings s = ClusterSettings.defaults().withRefine(false);
        EventClusterer c = EventClusterer.batch(articles, s);
        List<EventClusterer.Member> ms = c.members();
        if (System.getenv("MATRIX") != null) {
            for (EventClusterer.Member a : ms) {
                StringBuilder b = new StringBuilder(a.article.id().substring(0, 3));
                for (EventClusterer.Member o : ms) {
                    b.append(String.format(" %.3f", TermVector.dot(a.unit, o.unit)));
                }
                System.out.println(b);
            }
            return;
        }
        TreeMap<String, double[]> byTopic = new TreeMap<>();
        for (int i = 0; i < ms.size(); i++) {
            EventClusterer.Member m = ms.get(i);
            String g = gold.getOrDefault(m.article.id(), "x");
            String topic = g.split("-")[0];
            double[] acc = byTopic.computeIfAbsent(topic, k -> new double[5]);
            List<EventClusterer.Neighbour> nn = c.nearest(m, c.indexTerms(m.unit), i, 8);
            for (int r = 0; r < nn.size(); r++) {
                EventClusterer.Neighbour n = nn.get(r);
                String h = gold.get(ms.get(n.member()).article.id());
                int kind = h.equals(g) ? 0 : h.split("-")[0].equals(topic) ? 1 : 2;
                acc[kind] += n.similarity();
                if (r == 0 && kind == 0) {
                    acc[3]++;
                }
            }
            acc[4]++;
        }
        if (System.getenv("SPLIT") != null) {
            TreeMap<String, java.util.List<Integer>> byEvent = new TreeMap<>();
            for (int i = 0; i < ms.size(); i++) {
                byEvent.computeIfAbsent(gold.get(ms.get(i).article.id()), k -> new java.util.ArrayList<>()).add(i);
            }
            TreeMap<String, java.util.List<Integer>> byTopic2 = new TreeMap<>();
            byEvent.forEach((e, l) -> byTopic2.computeIfAbsent(e.split("-")[0], k -> new java.util.ArrayList<>())
                    .addAll(l));
            EventSplitter splitter = new EventSplitter(ms, 0);
            java.util.function.Function<List<Integer>, Double> ratio = l -> {
                List<List<Integer>> h = l.size() < 4 ? null : splitter.twoMeans(l);
                return h == null || h.get(0).size() < 2 || h.get(1).size() < 2 ? Double.NaN
                        : splitter.ratio(h.get(0), h.get(1));
            };
            byEvent.forEach((e, l) -> System.out.printf("event %s %d %.3f%n", e, l.size(), ratio.apply(l)));
            byTopic2.forEach((e, l) -> System.out.printf("topic %s %d %.3f%n", e, l.size(), ratio.apply(l)));
            return;
        }
        if (System.getenv("AVG") != null) {
            TreeMap<String, java.util.List<Integer>> byEvent = new TreeMap<>();
            for (int i = 0; i < ms.size(); i++) {
                byEvent.computeIfAbsent(gold.get(ms.get(i).article.id()), k -> new java.util.ArrayList<>()).add(i);
            }
            for (String e : byEvent.keySet()) {
                for (String f : byEvent.keySet()) {
                    if (e.compareTo(f) > 0 || !e.split("-")[0].equals(f.split("-")[0])) {
                        continue;
                    }
                    double sum = 0;
                    int n = 0;
                    for (int i : byEvent.get(e)) {
                        for (int j : byEvent.get(f)) {
                            if (i != j) {
                                sum += TermVector.dot(ms.get(i).unit, ms.get(j).unit);
                                n++;
                            }
                        }
                    }
                    System.out.printf("%s %s %.3f%n", e, f, sum / n);
                }
            }
            return;
        }
        byTopic.forEach((t, a) -> System.out.printf("%3s same %.2f sibling %.2f other %.2f nn1 %.0f/%.0f%n", t,
                a[0], a[1], a[2], a[3], a[4]));
    }
}
