package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.parallax.model.Article;
import org.parallax.model.Quote;
import org.parallax.model.QuoteGroup;
import org.parallax.model.QuoteKind;
import org.parallax.model.QuoteVariant;

/**
 * Groups the quotes of an event's articles by utterance: the renderings of the same words across outlets, verbatim,
 * translated or paraphrased. Direct and indirect quotes are embedded once each; candidates come from LSH and shared
 * rare words (as for sentences); two quotes of different articles link when their speakers are compatible
 * ({@link Speakers}) and their {@link PairScorer} score reaches {@link AlignSettings#quoteThreshold()}; links form
 * tight clusters. A partial quote (a quoted fragment) joins the group of a longer quote of another article that
 * holds its words (verbatim, or all content words of a fragment of three or more), when the group has nothing yet
 * from its article and no fuller quote of its own article holds it; otherwise it is left out, because on its own it
 * is the writer's phrase, not an utterance.
 *
 * <p>Groups spanning several articles come first (most articles, then most variants); single-article groups follow.
 * Within a group variants are by article id, then offset.
 */
public final class QuoteVariantGrouper {
    private final SentenceEmbedder embedder;
    private final AlignSettings settings;

    /** A grouper embedding quotes with {@code embedder}. */
    public QuoteVariantGrouper(SentenceEmbedder embedder, AlignSettings settings) {
        this.embedder = embedder;
        this.settings = settings;
    }

    /** One quote of the event with its features. */
    private record Item(String articleId, Quote quote, Set<String> content, Set<String> numbers) {
    }

    /** The quote groups of {@code coverage}. */
    public List<QuoteGroup> group(Coverage coverage) {
        List<Item> full = new ArrayList<>();
        List<Item> partial = new ArrayList<>();
        for (Article article : coverage.articles()) {
            for (Quote q : coverage.annotationsOf(article.id()).quotes()) {
                Item item = new Item(article.id(), q, Terms.content(q.text()), Terms.numbers(q.text()));
                (q.kind() == QuoteKind.PARTIAL ? partial : full).add(item);
            }
        }
        if (full.isEmpty()) {
            return List.of();
        }
        List<float[]> vectors = Vectors.centered(embedder.embed(full.stream().map(i -> i.quote().text()).toList()));
        TermWeights weights = TermWeights.of(full.stream().map(Item::content).toList(),
                full.stream().map(Item::numbers).toList());
        TightClusters.Scorer scorer = (a, b) -> score(full, vectors, weights, a, b);
        List<TightClusters.Link> links = new ArrayList<>();
        for (long pair : Candidates.pairs(vectors, full.stream().map(Item::content).toList(), settings)) {
            int a = Candidates.first(pair);
            int b = Candidates.second(pair);
            if (!full.get(a).articleId().equals(full.get(b).articleId())) {
                double s = scorer.score(a, b);
                if (s >= settings.quoteThreshold()) {
                    links.add(new TightClusters.Link(a, b, s));
                }
            }
        }
        List<List<Item>> groups = groups(full, TightClusters.of(full.size(), links, scorer, settings.tightness()));
        attachPartials(groups, partial, full);
        List<QuoteGroup> out = new ArrayList<>();
        for (List<Item> g : groups) {
            out.add(toGroup(g));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private double score(List<Item> items, List<float[]> vectors, TermWeights weights, int a, int b) {
        Item x = items.get(a);
        Item y = items.get(b);
        if (!Speakers.compatible(x.quote().speaker(), y.quote().speaker())) {
            return 0;
        }
        return settings.scorer().score(vectors.get(a), vectors.get(b), x.content(), y.content(), x.numbers(),
                y.numbers(), weights);
    }

    /** Clusters as item lists, plus every unclustered item as its own group. */
    private static List<List<Item>> groups(List<Item> items, List<List<Integer>> clusters) {
        boolean[] used = new boolean[items.size()];
        List<List<Item>> out = new ArrayList<>();
        for (List<Integer> c : clusters) {
            List<Item> g = new ArrayList<>();
            for (int i : c) {
                used[i] = true;
                g.add(items.get(i));
            }
            out.add(g);
        }
        for (int i = 0; i < items.size(); i++) {
            if (!used[i]) {
                out.add(new ArrayList<>(List.of(items.get(i))));
            }
        }
        return out;
    }

    private static void attachPartials(List<List<Item>> groups, List<Item> partials, List<Item> full) {
        for (Item p : partials) {
            boolean ownFragment = full.stream().anyMatch(f -> f.articleId().equals(p.articleId()) && holds(f, p));
            if (p.content().isEmpty() || ownFragment) {
                continue; // a fragment of a fuller quote of its own article is already represented by that quote
            }
            List<Item> home = null;
            int homeSize = Integer.MAX_VALUE;
            for (List<Item> g : groups) {
                boolean fromSameArticle = g.stream().anyMatch(i -> i.articleId().equals(p.articleId()));
                boolean contains = g.stream().anyMatch(i -> i.quote().text().length() > p.quote().text().length()
                        && Speakers.compatible(i.quote().speaker(), p.quote().speaker())
                        && holds(i, p));
                // The smallest fitting group: the most specific utterance holding the fragment; first one on a tie.
                if (!fromSameArticle && contains && g.size() < homeSize) {
                    home = g;
                    homeSize = g.size();
                }
            }
            if (home != null) {
                home.add(p);
            }
        }
    }

    /**
     * Whether quote {@code whole} holds fragment {@code part}: its words verbatim, or (for a translated fragment of
     * three or more content words) all its content words.
     */
    private static boolean holds(Item whole, Item part) {
        String w = whole.quote().text().toLowerCase(Locale.ROOT);
        String p = part.quote().text().toLowerCase(Locale.ROOT).strip();
        return w.contains(p) || part.content().size() >= 3 && whole.content().containsAll(part.content());
    }

    private static QuoteGroup toGroup(List<Item> items) {
        List<QuoteVariant> variants = new ArrayList<>();
        Map<String, Integer> speakers = new TreeMap<>();
        for (Item i : items) {
            Quote q = i.quote();
            variants.add(new QuoteVariant(i.articleId(), q.text(), q.via(), q.start(), q.end()));
            if (!Speakers.isUnknown(q.speaker())) {
                speakers.merge(q.speaker(), 1, Integer::sum);
            }
        }
        variants.sort(Comparator.comparing(QuoteVariant::articleId).thenComparingInt(QuoteVariant::start)
                .thenComparingInt(QuoteVariant::end));
        return new QuoteGroup(speaker(speakers), variants);
    }

    /** The most frequent speaker name; on a tie the longest (the fullest name), then the first alphabetically. */
    private static String speaker(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static int articles(QuoteGroup g) {
        Set<String> ids = new TreeSet<>();
        g.variants().forEach(v -> ids.add(v.articleId()));
        return ids.size();
    }

    private static final Comparator<QuoteGroup> ORDER = Comparator.<QuoteGroup>comparingInt(g -> -articles(g))
            .thenComparingInt(g -> -g.variants().size())
            .thenComparing(g -> g.variants().get(0).articleId())
            .thenComparingInt(g -> g.variants().get(0).start());
}
