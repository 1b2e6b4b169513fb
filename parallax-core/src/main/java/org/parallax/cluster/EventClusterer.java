package org.parallax.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;

import org.parallax.model.Article;
import org.parallax.model.Event;

/**
 * Groups articles into events online: each article, in publication order, joins the most similar existing event
 * or opens a new one. Candidate events come from an inverted index, so time grows about linearly with the number
 * of articles.
 *
 * <p>An article is a TF-IDF vector of its terms (see {@link TermExtractor}: words, names, numbers; headline terms,
 * names and numbers counted more); an event is the centroid of its members' unit vectors. An article joins the event
 * whose centroid is most similar (cosine), if that similarity reaches {@link ClusterSettings#threshold()}; when both
 * are dated, the similarity halves every {@link ClusterSettings#halfLifeDays()} days between the article and the
 * event, and events beyond {@link ClusterSettings#windowDays()} are not considered. Only events indexed under one of
 * the article's heaviest terms are compared, and of those only the best by a partial dot product.
 *
 * <p>Online use (the server and the live feed): {@code new EventClusterer(settings, new TermStatistics())}, then
 * {@link #add(Article)} for each arriving article (document frequencies grow as articles arrive), and
 * {@link #refine()} now and then. Store use (the workspace): {@link #restore} the stored events, {@link #add(Article)}
 * the arrivals, then {@link #fixIds()} so that events keep their ids as they grow. Batch use:
 * {@link #cluster(List, ClusterSettings)}, which counts document frequencies over the whole batch first and then
 * refines the online result (see {@link Refinement}). Not thread-safe.
 */
public final class EventClusterer {
    /** How many of an article's heaviest terms are used to find (and index) events and articles. */
    static final int INDEX_TERMS = 24;
    /** How many of the most recently indexed entries are read per term, so that common terms stay cheap. */
    static final int POSTINGS_READ = 64;
    /** How many of the best-looking candidates (by partial dot product) are compared exactly. */
    static final int CANDIDATES = 10;
    /** How many articles' string-keyed term counts are held at once in batch mode before they are interned. */
    private static final int COUNT_CHUNK = 4096;

    /** Publication order, undated last, then id: the order in which a live feed would see the articles. */
    public static final Comparator<Article> ARRIVAL_ORDER = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id);

    /** Newest first (by end date; undated last), then by id. */
    public static final Comparator<Event> NEWEST_FIRST = Comparator
            .comparing(Event::end, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Event::id);

    private final ClusterSettings settings;
    private final TermStatistics statistics;
    private final boolean countArrivals;
    private final TermExtractor extractor;
    /** Term ids: vectors, centroids and posting lists hold ints, and each distinct term string is kept once. */
    private final TermDictionary dictionary = new TermDictionary();
    private final List<Cluster> clusters = new ArrayList<>();
    /** Posting lists by term id: the clusters indexed under each term. */
    private final List<IntList> clusterPostings = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    /** Members by article id, to answer {@link #eventOf(String)}. */
    private final Map<String, Member> memberById = new HashMap<>();
    /** Posting lists by term id: the members indexed under each term. */
    private final List<IntList> memberPostings = new ArrayList<>();

    /**
     * An online clusterer: every added article is first counted in {@code statistics}.
     *
     * @param settings   clustering settings
     * @param statistics document frequencies so far (usually empty); grows as articles are added
     */
    public EventClusterer(ClusterSettings settings, TermStatistics statistics) {
        this(settings, statistics, true);
    }

    private EventClusterer(ClusterSettings settings, TermStatistics statistics, boolean countArrivals) {
        this.settings = settings;
        this.statistics = statistics;
        this.countArrivals = countArrivals;
        this.extractor = new TermExtractor(settings);
    }

    /**
     * Clusters a whole batch: document frequencies are counted over the batch first, then articles are added in
     * publication order (undated last), then by id, and a second pass lets each article move to the event of its
     * nearest neighbours. The result is sorted newest first (by end date; undated last), then by id.
     */
    public static List<Event> cluster(List<Article> articles, ClusterSettings settings) {
        return batch(articles, settings).events();
    }

    /**
     * Clusters part of a larger corpus as {@link #cluster(List, ClusterSettings)} would cluster it within the whole:
     * the document frequencies are the given corpus-wide ones, not counted over {@code articles}. A distributed run
     * uses this on each group of articles that no similarity links to the rest (see
     * {@link Similarity}); every article of {@code articles} must have been counted in {@code corpus}.
     *
     * @param corpus document frequencies over the whole corpus; only read
     */
    public static List<Event> cluster(List<Article> articles, ClusterSettings settings, TermStatistics corpus) {
        return batch(articles, settings, corpus).events();
    }

    /** The clusterer after a whole batch (see {@link #cluster(List, ClusterSettings)}), for inspection. */
    static EventClusterer batch(List<Article> articles, ClusterSettings settings) {
        return batch(articles, settings, null);
    }

    /** A whole batch, with document frequencies counted over it ({@code corpus} null) or given. */
    private static EventClusterer batch(List<Article> articles, ClusterSettings settings, TermStatistics corpus) {
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(ARRIVAL_ORDER);
        TermExtractor extractor = new TermExtractor(settings);
        TermStatistics statistics = corpus == null ? new TermStatistics() : corpus;
        EventClusterer clusterer = new EventClusterer(settings, statistics, false);
        List<TermCounts> counts = new ArrayList<>(ordered.size());
        for (int from = 0; from < ordered.size(); from += COUNT_CHUNK) {
            // Term counting is per article and pure, so it runs in parallel; interning then goes in article order,
            // so term ids do not depend on thread timing. Chunks bound the memory of the string-keyed counts.
            List<Map<String, Double>> chunk = ordered.subList(from, Math.min(ordered.size(), from + COUNT_CHUNK))
                    .parallelStream().map(extractor::counts).toList();
            for (Map<String, Double> c : chunk) {
                counts.add(corpus == null ? clusterer.count(c) : TermCounts.of(c, clusterer.dictionary));
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            clusterer.assign(ordered.get(i), clusterer.vector(counts.get(i)));
            counts.set(i, null); // the vector replaces the counts: let them go
        }
        if (settings.refine()) {
            clusterer.refine();
        }
        return clusterer;
    }

    /**
     * Adds one article: it joins the most similar event or opens a new one.
     *
     * @return the event the article is now in (a snapshot: its id changes as members join)
     */
    public Event add(Article article) {
        Map<String, Double> raw = extractor.counts(article);
        TermCounts counts = countArrivals ? count(raw) : TermCounts.of(raw, dictionary);
        return snapshot(assign(article, vector(counts)));
    }

    /**
     * An online clusterer holding stored events as they were, for a store that adds to them later: document
     * frequencies are counted over the stored articles, and each stored event's centroid is built from its members'
     * vectors, without deciding memberships again. Stored events keep their ids (see {@link #fixIds()}); later
     * {@link #add(Article)} calls join them or open new events as a live feed would.
     *
     * @param settings               clustering settings
     * @param storedInArrivalOrder   the stored articles, in {@link #ARRIVAL_ORDER}
     * @param eventOfArticle         the stored event id of each of those articles
     */
    public static EventClusterer restore(ClusterSettings settings, List<Article> storedInArrivalOrder,
                                         Function<String, String> eventOfArticle) {
        EventClusterer clusterer = new EventClusterer(settings, new TermStatistics(), true);
        List<TermCounts> counts = new ArrayList<>(storedInArrivalOrder.size());
        for (int from = 0; from < storedInArrivalOrder.size(); from += COUNT_CHUNK) {
            // as in batch mode: counting in parallel, interning in article order
            List<Map<String, Double>> chunk = storedInArrivalOrder
                    .subList(from, Math.min(storedInArrivalOrder.size(), from + COUNT_CHUNK))
                    .parallelStream().map(clusterer.extractor::counts).toList();
            for (Map<String, Double> c : chunk) {
                counts.add(clusterer.count(c));
            }
        }
        Map<String, Cluster> byEvent = new HashMap<>();
        for (int i = 0; i < storedInArrivalOrder.size(); i++) {
            Article article = storedInArrivalOrder.get(i);
            String eventId = Objects.requireNonNull(eventOfArticle.apply(article.id()),
                    () -> "no stored event for article " + article.id());
            Cluster c = byEvent.computeIfAbsent(eventId, id -> {
                Cluster created = new Cluster(clusterer.clusters.size());
                created.fixedId = id;
                clusterer.clusters.add(created);
                return created;
            });
            TermVector unit = clusterer.vector(counts.get(i));
            clusterer.place(article, unit, c, clusterer.indexTerms(unit));
            counts.set(i, null);
        }
        return clusterer;
    }

    /**
     * Fixes the id of every event so far: from now on an event keeps its id as articles join, rather than take the
     * id of its new member list. A store calls this after each batch of arrivals, so links to events stay valid.
     */
    public void fixIds() {
        for (Cluster c : clusters) {
            if (c.fixedId == null && !c.members.isEmpty()) {
                c.fixedId = snapshot(c).id();
            }
        }
    }

    /** The event article {@code articleId} is in now, or null when it was never added. */
    public Event eventOf(String articleId) {
        Member m = memberById.get(articleId);
        return m == null ? null : snapshot(m.cluster);
    }

    /** Interns an article's terms and counts the article in the document frequencies. */
    private TermCounts count(Map<String, Double> raw) {
        TermCounts counts = TermCounts.of(raw, dictionary);
        List<String> distinct = new ArrayList<>(counts.ids.length);
        for (int id : counts.ids) {
            distinct.add(dictionary.term(id));
        }
        statistics.addDocument(distinct);
        return counts;
    }

    /**
     * Revises the events so far as the batch mode does (label propagation over nearest neighbours, see
     * {@link Refinement}): an article added early may belong with events that came later. Time and memory are about
     * linear in the number of articles held, so a server calls this now and then (say, after each batch of arrivals),
     * not after every article. Later {@link #add(Article)} calls go on from the revised events.
     */
    public void refine() {
        new Refinement(this).run();
    }

    /** All events so far, newest first (by end date; undated last), then by id. */
    public List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (!c.members.isEmpty()) {
                out.add(snapshot(c));
            }
        }
        out.sort(NEWEST_FIRST);
        return out;
    }

    /** Unit-length TF-IDF vector of raw term counts, with sublinear term frequency. */
    TermVector vector(TermCounts counts) {
        double[] weights = new double[counts.ids.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Similarity.weight(counts.counts[i], statistics.idf(dictionary.term(counts.ids[i])));
        }
        return TermVector.ofSorted(counts.ids, weights).normalized();
    }

    /** Puts an article into its best event (or a new one) and returns that event. */
    Cluster assign(Article article, TermVector unit) {
        int[] top = indexTerms(unit);
        Cluster best = null;
        double bestScore = -1;
        for (Cluster c : candidateClusters(unit, top)) {
            double s = decay(c.daysFrom(article.published()), c.cosine(unit));
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        if (best == null || bestScore < settings.threshold()) {
            best = new Cluster(clusters.size());
            clusters.add(best);
        }
        place(article, unit, best, top);
        return best;
    }

    /** Makes an article a member of the given event, indexing both under the article's heaviest terms. */
    private void place(Article article, TermVector unit, Cluster c, int[] top) {
        int m = members.size();
        Member member = new Member(article, unit, c);
        members.add(member);
        memberById.put(article.id(), member);
        for (int k : top) {
            postings(memberPostings, unit.terms[k]).add(m);
        }
        join(c, article, unit, top);
    }

    /**
     * The heaviest terms of a vector among those in at least two documents: a term only one article has cannot
     * lead to another article, however rare (and so heavy) it is. Falls back to all terms when too few are shared.
     */
    int[] indexTerms(TermVector unit) {
        int[] shared = unit.top(INDEX_TERMS,
                i -> statistics.documentFrequency(dictionary.term(unit.terms[i])) >= 2);
        return shared.length > 0 ? shared : unit.top(INDEX_TERMS);
    }

    /** Adds an article to a cluster and indexes the cluster under the article's heaviest terms. */
    private void join(Cluster c, Article article, TermVector unit, int[] top) {
        c.add(article, unit);
        for (int k : top) {
            int t = unit.terms[k];
            if (c.indexed.addKey(t)) {
                postings(clusterPostings, t).add(c.index);
            }
        }
    }

    /** The posting list of a term id, created empty when new. */
    private static IntList postings(List<IntList> lists, int term) {
        while (lists.size() <= term) {
            lists.add(null);
        }
        IntList p = lists.get(term);
        if (p == null) {
            p = new IntList();
            lists.set(term, p);
        }
        return p;
    }

    /** The posting list of a term id, or null when nothing is indexed under it. */
    private static IntList postingsOrNull(List<IntList> lists, int term) {
        return term < lists.size() ? lists.get(term) : null;
    }

    /** A similarity decayed by the days between two dated things (see {@link Similarity#decay}). */
    private double decay(long days, double similarity) {
        return Similarity.decay(days, similarity, settings);
    }

    /**
     * Events indexed under one of the given heaviest terms, best {@link #CANDIDATES} first by the part of the dot
     * product those terms make up (ties by creation order).
     */
    private List<Cluster> candidateClusters(TermVector unit, int[] top) {
        Map<Integer, Double> partial = new HashMap<>();
        for (int k : top) {
            int t = unit.terms[k];
            IntList p = postingsOrNull(clusterPostings, t);
            if (p == null) {
                continue;
            }
            for (int j = Math.max(0, p.size() - POSTINGS_READ); j < p.size(); j++) {
                Cluster c = clusters.get(p.get(j));
                double w = c.centroid.get(t);
                if (w > 0) {
                    partial.merge(c.index, unit.weights[k] * w / c.norm(), Double::sum);
                }
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (int i : best(partial, CANDIDATES)) {
            out.add(clusters.get(i));
        }
        return out;
    }

    /**
     * The {@code k} articles most similar to member {@code self} (cosine, decayed by time when both are dated),
     * most similar first, among those sharing one of its heaviest terms.
     */
    List<Neighbour> nearest(Member self, int[] top, int selfIndex, int k) {
        Map<Integer, Double> partial = new HashMap<>();
        for (int t : top) {
            IntList p = postingsOrNull(memberPostings, self.unit.terms[t]);
            if (p == null) {
                continue;
            }
            for (int j = Math.max(0, p.size() - POSTINGS_READ); j < p.size(); j++) {
                if (p.get(j) != selfIndex) {
                    partial.merge(p.get(j), self.unit.weights[t], Double::sum);
                }
            }
        }
        Map<Integer, Double> exact = new HashMap<>();
        for (int m : best(partial, 2 * k)) {
            Member o = members.get(m);
            exact.put(m, decay(daysBetween(self.article, o.article), TermVector.dot(self.unit, o.unit)));
        }
        List<Neighbour> out = new ArrayList<>();
        for (int m : best(exact, k)) {
            out.add(new Neighbour(m, exact.get(m)));
        }
        return out;
    }

    private static long daysBetween(Article a, Article b) {
        return Similarity.daysBetween(a.published(), b.published());
    }

    /**
     * The keys of the {@code k} highest values, highest first, ties by smaller key. A bounded heap keeps this
     * O(n log k) however many candidates a common term brings.
     */
    private static List<Integer> best(Map<Integer, Double> scores, int k) {
        Comparator<Map.Entry<Integer, Double>> better = Map.Entry.<Integer, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        PriorityQueue<Map.Entry<Integer, Double>> worstFirst = new PriorityQueue<>(k + 1, better.reversed());
        for (Map.Entry<Integer, Double> e : scores.entrySet()) {
            worstFirst.add(e);
            if (worstFirst.size() > k) {
                worstFirst.poll();
            }
        }
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(worstFirst);
        ranked.sort(better);
        List<Integer> out = new ArrayList<>(ranked.size());
        for (Map.Entry<Integer, Double> e : ranked) {
            out.add(e.getKey());
        }
        return out;
    }

    /**
     * Rebuilds all events from a label per member (a cluster index, or a new index past the last cluster), as the
     * refinement decided.
     */
    void regroup(int[] label) {
        for (Cluster c : clusters) {
            c.clear();
        }
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            while (clusters.size() <= label[i]) {
                clusters.add(new Cluster(clusters.size()));
            }
            m.cluster = clusters.get(label[i]);
            join(m.cluster, m.article, m.unit, indexTerms(m.unit));
        }
    }

    List<Member> members() {
        return members;
    }

    ClusterSettings settings() {
        return settings;
    }

    /** The event a cluster stands for now. */
    private Event snapshot(Cluster c) {
        List<String> ids = new ArrayList<>(c.members.size());
        for (Article a : c.members) {
            ids.add(a.id());
        }
        ids.sort(Comparator.naturalOrder());
        String id = c.fixedId != null ? c.fixedId : EventIds.of(ids);
        return new Event(id, representativeTitle(c), ids, c.start, c.end);
    }

    /** The member headline closest to the centroid (ties by article id); null when no member has one. */
    private String representativeTitle(Cluster c) {
        String best = null;
        String bestId = null;
        double bestScore = -1;
        for (Article a : c.members) {
            if (a.title() == null || a.title().isBlank()) {
                continue;
            }
            double s = c.cosine(titleVector(a.title()));
            if (s > bestScore || s == bestScore && a.id().compareTo(bestId) < 0) {
                best = a.title();
                bestId = a.id();
                bestScore = s;
            }
        }
        return best;
    }

    /** The unit TF-IDF vector of a headline's terms (terms the clusterer has never seen cannot match a centroid). */
    private TermVector titleVector(String title) {
        Map<String, Double> counts = extractor.titleCounts(title);
        int[] ids = new int[counts.size()];
        double[] weights = new double[counts.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            int id = dictionary.find(e.getKey());
            if (id >= 0) {
                ids[n] = id;
                weights[n++] = e.getValue() * statistics.idf(e.getKey());
            }
        }
        return TermVector.of(Arrays.copyOf(ids, n), Arrays.copyOf(weights, n)).normalized();
    }

    /** An article in the clusterer: its unit vector and its current event. */
    static final class Member {
        final Article article;
        final TermVector unit;
        Cluster cluster;

        Member(Article article, TermVector unit, Cluster cluster) {
            this.article = article;
            this.unit = unit;
            this.cluster = cluster;
        }
    }

    /** A neighbouring article (its index among the members) and its similarity. */
    record Neighbour(int member, double similarity) {
    }
}
