package org.parallax.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.parallax.clean.Cleaner;
import org.parallax.cluster.ClusterSettings;
import org.parallax.cluster.Similarity;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Problem;

/**
 * The per-article stage, run over a partition at a time: cleans each raw article, annotates it when asked (one
 * CoreNLP pipeline per executor JVM, see {@link PerJvm}) and counts its terms for the clusterer. A record that fails
 * becomes a problem naming it; the partition goes on.
 */
final class Preparer {
    private final boolean annotate;
    private final ClusterSettings settings;

    Preparer(boolean annotate, ClusterSettings settings) {
        this.annotate = annotate;
        this.settings = settings;
    }

    /** Prepares every record of a partition. */
    Iterator<Item<Doc>> prepare(Iterator<RawRecord> records) {
        Cleaner cleaner = new Cleaner();
        List<Item<Doc>> out = new ArrayList<>();
        while (records.hasNext()) {
            RawRecord r = records.next();
            try {
                Article a = cleaner.clean(r.toRawArticle());
                List<Problem> warnings = new ArrayList<>(1);
                Annotations n = annotate ? PerJvm.annotator().annotate(a, warnings::add) : null;
                SortedMap<String, Double> counts = Similarity.termCounts(a, settings);
                String[] terms = new String[counts.size()];
                double[] c = new double[counts.size()];
                int i = 0;
                for (Map.Entry<String, Double> e : counts.entrySet()) {
                    terms[i] = e.getKey();
                    c[i++] = e.getValue();
                }
                int day = a.published() == null ? Doc.UNDATED : Math.toIntExact(a.published().toEpochDay());
                out.add(Item.of(new Doc(a.id(), r.order(), r.origin(), day, terms, c, ArticleCodec.encode(a, n))));
                warnings.forEach(p -> out.add(Item.problem(ProblemRow.of(p))));
            } catch (RuntimeException e) {
                out.add(Item.problem(ProblemRow.of(Problem.skipped(r.origin(), 0, "could not be processed: " + e))));
            }
        }
        return out.iterator();
    }
}
