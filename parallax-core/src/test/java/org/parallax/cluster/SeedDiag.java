package org.parallax.cluster;

import java.nio.file.Path;
import java.util.*;
import org.parallax.model.Article;

public final class SeedDiag {
    public static void main(String[] args) throws Exception {
        java.lang.reflect.Method rs = org.parallax.eval.ClusteringHarness.class.getDeclaredMethod("readSeeds", Path.class);
        rs.setAccessible(true);
        @SuppressWarnings("unchecked") List<Article> arts = (List<Article>) rs.invoke(null, Path.of(args[0]));
        ClusterSettings s = ClusterSettings.defaults();
        TermExtractor ex = new TermExtractor(s);
        TermStatistics st = new TermStatistics();
        List<Map<String, Double>> counts = new ArrayList<>();
        for (Article a : arts) { Map<String, Double> c = ex.counts(a); counts.add(c); st.addDocument(c.keySet()); }
        java.lang.reflect.Constructor<EventClusterer> ctor = EventClusterer.class.getDeclaredConstructor(ClusterSettings.class, TermStatistics.class, boolean.class);
        ctor.setAccessible(true);
        EventClusterer ec = ctor.newInstance(s, st, false);
        List<TermVector> v = new ArrayList<>();
        for (Map<String, Double> c : counts) v.add(ec.vector(c));
        for (int i = 0; i < v.size(); i++) {
            StringBuilder b = new StringBuilder(arts.get(i).id().substring(0, 3));
            for (int j = 0; j < v.size(); j++) b.append(String.format(" %.3f", TermVector.dot(v.get(i), v.get(j))));
            int[] top = v.get(i).top(12);
            b.append("  ");
            for (int k : top) b.append(v.get(i).terms[k]).append(',');
            System.out.println(b);
        }
    }
}
