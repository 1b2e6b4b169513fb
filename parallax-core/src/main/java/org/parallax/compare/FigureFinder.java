package org.parallax.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.DateMention;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;
import org.parallax.model.Quantity;

/**
 * Finds the figures of an event (counts, amounts, percentages, the date and the place of the main happening) merged
 * across outlets, and among them the conflicts: figures whose values cannot all hold.
 *
 * <p><b>Slots.</b> Two counts are about the same thing when they count the same noun (singular: "women" = "woman"), with
 * compatible modifiers ("selected women" and "women"; not "Russian" and "Ukrainian" soldiers), and the words around
 * them name the same kind of happening ({@link SlotContext}: killed, injured, injured seriously, missing, arrested,
 * present, ...). A count with no such word joins another only when they share a content word near the number.
 * Amounts count their currency, percentages their base.
 *
 * <p><b>Conflicts.</b> Each value is a range ({@link ValueRange}): exact values conflict when they differ, hedged ones
 * only when they cannot both hold. Only values from different articles are compared: inside one article, two numbers
 * for one slot are usually two different things. The date of the main happening conflicts when outlets date it to
 * different days; the place when outlets name different places that no article relates.
 *
 * <p>A figure is listed when at least two outlets report its slot (articles of an unknown outlet count as outlets of
 * their own). Time is linear in the number of quantities, but for the pairs within one slot.
 */
public final class FigureFinder {
    /** Days before the event's first publication that the main happening may lie. */
    private static final int LOOKBACK_DAYS = 3;
    /** Sentences at the start of an article that state when the main happening was (the lead). */
    private static final int LEAD_SENTENCES = 3;

    /**
     * The figures of one event and the conflicts among them.
     *
     * @param figures   every figure at least two outlets report, conflicts included, most widely reported first
     * @param conflicts the figures whose values cannot all hold, in the same order
     */
    public record Figures(List<Figure> figures, List<Figure> conflicts) {
        /** Copies the lists. */
        public Figures {
            figures = List.copyOf(figures);
            conflicts = List.copyOf(conflicts);
        }
    }

    /** One report of a value for a slot. */
    private record Report(String slot, String about, String cue, String kind, Object value, boolean approximate,
                          ValueRange range, Set<String> modifiers, Set<String> topic, String articleId,
                          String outlet, Evidence evidence, int offset) {
    }

    /** A finder with the default rules; holds no state, so one instance may serve every event. */
    public FigureFinder() {
    }

    /** Finds the figures and conflicts of {@code coverage}'s event. */
    public Figures find(Coverage coverage) {
        if (coverage.articles().size() < 2) {
            return new Figures(List.of(), List.of());
        }
        List<Figure> figures = new ArrayList<>();
        List<Boolean> conflicting = new ArrayList<>();
        for (List<Report> slot : countSlots(coverage)) {
            addFigure(slot, figures, conflicting);
        }
        List<Report> dates = dateReports(coverage);
        addFigure(dates, figures, conflicting);
        addPlaceFigure(placeReports(coverage, dates), coverage, figures, conflicting);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -articleCount(figures.get(i)))
                .thenComparing(i -> figures.get(i).about()).thenComparing(i -> figures.get(i).kind()));
        List<Figure> sorted = new ArrayList<>();
        List<Figure> conflicts = new ArrayList<>();
        for (int i : order) {
            sorted.add(figures.get(i));
            if (conflicting.get(i)) {
                conflicts.add(figures.get(i));
            }
        }
        return new Figures(sorted, conflicts);
    }

    private static int articleCount(Figure f) {
        Set<String> ids = new HashSet<>();
        f.values().forEach(v -> ids.addAll(v.articleIds()));
        return ids.size();
    }

    // ---------------------------------------------------------------- counts

    private List<List<Report>> countSlots(Coverage coverage) {
        Map<String, List<Report>> byKey = new TreeMap<>();
        LocalDate windowStart = windowStart(coverage);
        for (Article article : coverage.articles()) {
            Annotations ann = coverage.annotationsOf(article.id());
            Set<String> earlier = earlierSentences(ann, windowStart);
            for (Quantity q : quantitiesOf(article, ann)) {
                Report r = earlier.contains(q.sentence()) ? null : countReport(article, q);
                if (r != null) {
                    byKey.computeIfAbsent(r.slot(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<List<Report>> slots = new ArrayList<>();
        for (List<Report> group : byKey.values()) {
            slots.addAll(split(group));
        }
        return slots;
    }

    /**
     * The sentences of an article that carry a day or month well before the event ("On February 3, a footbridge gave
     * way, injuring five"): their counts are about an earlier happening.
     */
    private static Set<String> earlierSentences(Annotations ann, LocalDate windowStart) {
        Set<String> out = new HashSet<>();
        if (windowStart == null) {
            return out;
        }
        for (DateMention d : ann.dates()) {
            LocalDate last = lastDay(d.value());
            if (last != null && last.isBefore(windowStart) && d.sentence() != null) {
                out.add(d.sentence());
            }
        }
        return out;
    }

    /**
     * The last day a day or month value covers ("2031-02" -> 2031-02-28), or null for anything else: a bare year
     * in a sentence is usually background ("completed in 1971, it carries 38,000 vehicles a day").
     */
    private static LocalDate lastDay(String value) {
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value);
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return java.time.YearMonth.parse(value).atEndOfMonth();
        }
        return null;
    }

    /** A few days before the event's first publication: the earliest day its main happening may lie on. */
    private static LocalDate windowStart(Coverage coverage) {
        return coverage.articles().stream().map(Article::published).filter(d -> d != null)
                .min(Comparator.naturalOrder()).map(d -> d.minusDays(LOOKBACK_DAYS)).orElse(null);
    }

    /** The article's quantities plus the bare counts ("twelve were injured") the annotator leaves out. */
    private static List<Quantity> quantitiesOf(Article article, Annotations ann) {
        List<Quantity> all = new ArrayList<>(ann.quantities());
        for (Sentence s : Sentences.split(article.id(), article.text())) {
            for (Quantity bare : BareCounts.find(s.text(), s.start())) {
                boolean known = all.stream().anyMatch(q -> q.start() < bare.end() && bare.start() < q.end());
                if (!known) {
                    all.add(bare);
                }
            }
        }
        return all;
    }

    private static Report countReport(Article article, Quantity q) {
        Evidence evidence = EvidenceSpans.of(article, q.sentence(), q.start());
        if (evidence == null) {
            return null;
        }
        int from = q.start() - evidence.start();
        int to = q.end() - evidence.start();
        if (q.kind().equals("count") && SlotContext.partial(evidence.sentence(), from, to)) {
            return null;
        }
        q = halfDozen(q, evidence.sentence().substring(0, from));
        String noun = Lemmas.singular(q.what());
        SlotContext.Context ctx = SlotContext.of(evidence.sentence(), from, to, q.what());
        if (SlotContext.classOf(q.what()) != null || noun.equals("person") || noun.equals("individual")) {
            noun = "person"; // "12 injured" and "12 people were injured" count the same
        }
        String label = q.kind().equals("count") ? ctx.label() : "";
        String slot = q.kind() + "|" + noun + "|" + label;
        String about = label.isEmpty() ? noun : noun + " " + label;
        String cue = ctx.cues().isEmpty() ? "" : ctx.cues().get(0);
        Object value = number(q.value());
        return new Report(slot, about, cue, q.kind(), value, q.approximate(), ValueRange.of(q),
                modifiers(q.text(), q.what()), ctx.topic(), article.id(), outletOf(article), evidence, q.start());
    }

    /** "half a dozen" is six (the annotator reads the dozen only). */
    private static Quantity halfDozen(Quantity q, String before) {
        String words = (before + q.text()).toLowerCase(Locale.ROOT);
        if (q.value() == 12 && words.matches("(?s).*\\bhalf\\s+a\\s+dozen\\b.*")
                && !q.text().toLowerCase(Locale.ROOT).matches("(?s).*\\bdozen\\s+and\\s+a\\s+half.*")) {
            return new Quantity(6, q.text(), q.what(), q.kind(), true, q.sentence(), q.start(), q.end());
        }
        return q;
    }

    /** The words between the number and the counted noun ("selected" in "more than a dozen selected women"). */
    private static Set<String> modifiers(String text, String what) {
        Set<String> out = new TreeSet<>();
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String noun = what.toLowerCase(Locale.ROOT);
        boolean numberSeen = false;
        for (String w : words) {
            if (w.isEmpty() || w.equals(noun)) {
                continue;
            }
            if (NUMBER_WORDS.contains(w)) {
                numberSeen = true;
                out.clear(); // hedge words come before the number
            } else if (numberSeen && !w.equals("of") && !w.equals("the")) {
                out.add(w);
            }
        }
        return out;
    }

    private static final Set<String> MEASURES = Set.of("metre", "meter", "kilometre", "kilometer", "mile", "foot",
            "inch", "yard", "centimetre", "millimetre", "degree", "second", "minute", "hour", "day", "week", "month",
            "year", "kilogram", "kilo", "gram", "tonne", "ton", "pound", "litre", "liter", "hectare", "acre", "time",
            "percent", "point");

    private static final Set<String> NUMBER_WORDS = Set.of("a", "dozen", "dozens", "hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "billion", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /**
     * Splits the reports sharing noun and class into slots: reports join when their modifiers are compatible (one
     * set holds the other) and, when no class word says what is counted, they share a content word near the number.
     */
    private static List<List<Report>> split(List<Report> group) {
        int n = group.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean classed = !group.get(0).slot().endsWith("|");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Report a = group.get(i);
                Report b = group.get(j);
                // without a class word, a shared word near the number joins values that agree; two shared
                // words are needed to put values that disagree into one slot
                int needed = a.range().overlaps(b.range()) ? 1 : 2;
                if (compatible(a.modifiers(), b.modifiers()) && (classed || shared(a.topic(), b.topic()) >= needed)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Report>> parts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            parts.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(group.get(i));
        }
        return new ArrayList<>(parts.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean compatible(Set<String> a, Set<String> b) {
        return a.containsAll(b) || b.containsAll(a);
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Long when whole, Double otherwise. */
    static Object number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return v;
    }

    // ---------------------------------------------------------------- dates

    /**
     * Per article, the day it gives the main happening: the first day-level date of its lead (not the dateline)
     * between a few days before the event's first publication and the article's own date. An article published
     * after the event's first day that dates something later than what most articles say reports a later
     * happening (a search, a vigil), not a different date of the main one, and is left out.
     */
    private static List<Report> dateReports(Coverage coverage) {
        LocalDate first = coverage.articles().stream().map(Article::published).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        if (first == null) {
            return List.of();
        }
        List<List<Report>> candidates = new ArrayList<>();
        Map<Object, Integer> votes = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Article article : coverage.articles()) {
            List<Report> own = dayReports(article, coverage.annotationsOf(article.id()), first);
            if (!own.isEmpty() && own.get(0).offset() < leadEnd(article)) {
                candidates.add(own);
                votes.merge(own.get(0).value(), 1, Integer::sum);
            }
        }
        String main = votes.entrySet().stream().max(Map.Entry.<Object, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().toString(), Comparator.reverseOrder()))
                .map(e -> e.getKey().toString()).orElse(null);
        // an article that also gives the day most articles lead with agrees with them: its lead may date
        // something else (when the news arrived, a later step)
        List<Report> reports = new ArrayList<>();
        for (List<Report> own : candidates) {
            reports.add(own.stream().filter(r -> r.value().equals(main)).findFirst().orElse(own.get(0)));
        }
        List<Report> kept = new ArrayList<>();
        for (Report r : reports) {
            LocalDate published = publishedOf(coverage, r.articleId());
            boolean later = r.value().toString().compareTo(main) > 0;
            if (!later || published == null || !published.isAfter(first)) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static LocalDate publishedOf(Coverage coverage, String id) {
        return coverage.articles().stream().filter(a -> a.id().equals(id)).map(Article::published)
                .findFirst().orElse(null);
    }

    /** Where the article's lead (its first sentences) ends. */
    private static int leadEnd(Article article) {
        List<Sentence> sentences = Sentences.split(article.id(), article.text());
        return sentences.isEmpty() ? 0 : sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
    }

    /** The article's day-level dates that may be the main happening's, in text order. */
    private static List<Report> dayReports(Article article, Annotations ann, LocalDate first) {
        List<Report> out = new ArrayList<>();
        if (article.published() == null) {
            return out;
        }
        LocalDate earliest = first.minusDays(LOOKBACK_DAYS);
        List<DateMention> dates = new ArrayList<>(ann.dates());
        dates.sort(Comparator.comparingInt(DateMention::start));
        for (DateMention d : dates) {
            if (d.value() == null || !d.value().matches("\\d{4}-\\d{2}-\\d{2}")
                    || Datelines.inDateline(article.text(), d.start())) {
                continue;
            }
            LocalDate day = LocalDate.parse(d.value());
            if (day.isBefore(earliest) || day.isAfter(article.published())) {
                continue;
            }
            Evidence evidence = EvidenceSpans.of(article, d.sentence(), d.start());
            if (evidence == null) {
                continue;
            }
            ValueRange range = ValueRange.exact(day.toEpochDay());
            out.add(new Report("date", "date of the main happening", d.text(), "date", d.value(), false, range,
                    Set.of(), Set.of(), article.id(), outletOf(article), evidence, d.start()));
        }
        return out;
    }

    // ---------------------------------------------------------------- places

    /**
     * Per article, where its main happening was: the first place named after "in", "at", "near" or "outside" in
     * the sentence that dates the main happening ("... collapsed in Dravenholm late on Tuesday"). Articles without
     * such a sentence say nothing about the place here: being conservative keeps invented conflicts out.
     */
    private static List<Report> placeReports(Coverage coverage, List<Report> dates) {
        List<Report> out = new ArrayList<>();
        for (Report date : dates) {
            Article article = coverage.articles().stream().filter(a -> a.id().equals(date.articleId())).findFirst()
                    .orElseThrow();
            Places.Found found = Places.mainPlace(date.evidence().sentence(),
                    coverage.annotationsOf(article.id()).entities());
            if (found != null) {
                out.add(new Report("place", "place of the main happening", found.cue(), "place", found.name(), false,
                        ValueRange.exact(0), Set.of(), Set.of(), article.id(), outletOf(article), date.evidence(),
                        date.offset()));
            }
        }
        return out;
    }

    /** Adds the place figure; places conflict by {@link Places#conflict}, against all the event's sentences. */
    private static void addPlaceFigure(List<Report> reports, Coverage coverage, List<Figure> figures,
                                       List<Boolean> conflicting) {
        int before = figures.size();
        addFigure(reports, figures, conflicting);
        if (figures.size() > before) {
            List<String> sentences = new ArrayList<>();
            for (Article a : coverage.articles()) {
                Sentences.split(a.id(), a.text()).forEach(s -> sentences.add(s.text()));
            }
            List<Places.Named> named = reports.stream()
                    .map(r -> new Places.Named(r.articleId(), r.value().toString())).toList();
            conflicting.set(before, Places.conflict(named, sentences));
        }
    }

    // ---------------------------------------------------------------- figures

    private static void addFigure(List<Report> reports, List<Figure> figures, List<Boolean> conflicting) {
        if (reports.isEmpty() || outlets(reports) < 2) {
            return;
        }
        Map<String, List<Report>> byValue = new LinkedHashMap<>();
        reports.stream().sorted(Comparator.comparing(Report::articleId).thenComparingInt(Report::offset))
                .forEach(r -> byValue.computeIfAbsent(valueKey(r), k -> new ArrayList<>()).add(r));
        List<FigureValue> values = new ArrayList<>();
        for (List<Report> same : byValue.values()) {
            values.add(toValue(same));
        }
        values.sort(Comparator.<FigureValue>comparingInt(v -> -v.articleIds().size())
                .thenComparing(v -> v.value().toString()).thenComparing(FigureValue::approximate));
        figures.add(new Figure(about(reports), reports.get(0).kind(), values));
        conflicting.add(conflicts(reports));
    }

    private static String valueKey(Report r) {
        ValueRange g = r.range();
        return r.value() + "|" + r.approximate() + "|" + g.low() + g.lowOpen() + g.high() + g.highOpen();
    }

    private static FigureValue toValue(List<Report> same) {
        Set<String> ids = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Report r : same) {
            ids.add(r.articleId());
            if (seen.add(r.articleId() + "@" + r.evidence().start())) {
                evidence.add(r.evidence());
            }
        }
        return new FigureValue(same.get(0).value(), same.get(0).approximate(), List.copyOf(ids), evidence);
    }

    /** "woman present: took part / traveled": the slot and the words the outlets use for it. */
    private static String about(List<Report> reports) {
        Map<String, Integer> cues = new TreeMap<>();
        for (Report r : reports) {
            if (!r.cue().isEmpty()) {
                cues.merge(r.cue().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        if (cues.isEmpty()) {
            Map<String, Integer> topic = new TreeMap<>();
            reports.forEach(r -> r.topic().forEach(w -> topic.merge(w, 1, Integer::sum)));
            topic.values().removeIf(c -> c < 2);
            cues = topic;
        }
        List<String> words = new ArrayList<>(cues.keySet());
        Map<String, Integer> counts = cues;
        words.sort(Comparator.<String>comparingInt(w -> -counts.get(w)).thenComparing(Function.identity()));
        String head = reports.get(0).about();
        return words.isEmpty() ? head : head + ": " + String.join(" / ", words.subList(0, Math.min(4, words.size())));
    }

    /**
     * Whether two articles report values for the slot that cannot both hold. Each article is a set of claims: two
     * numbers in one article are usually two different things, so articles conflict only when none of the values of
     * one can hold together with any value of the other. An article's exact values stand for it when it has any
     * (its hedged ones restate them vaguely: "more than a dozen ... a total of 17"). Measures with no class word (a
     * distance, a temperature, a duration) never conflict: articles give many of them for different things.
     */
    private static boolean conflicts(List<Report> reports) {
        Report head = reports.get(0);
        if (head.slot().endsWith("|") && MEASURES.contains(head.slot().split("\\|")[1])) {
            return false;
        }
        Map<String, List<ValueRange>> byArticle = new TreeMap<>();
        for (Report r : reports) {
            byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r.range());
        }
        List<List<ValueRange>> claims = new ArrayList<>();
        for (List<ValueRange> ranges : byArticle.values()) {
            List<ValueRange> exact = ranges.stream().filter(g -> g.low() == g.high()).toList();
            claims.add(exact.isEmpty() ? ranges : exact);
        }
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                if (!anyOverlap(claims.get(i), claims.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyOverlap(List<ValueRange> a, List<ValueRange> b) {
        for (ValueRange x : a) {
            for (ValueRange y : b) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int outlets(List<Report> reports) {
        Set<String> outlets = new HashSet<>();
        reports.forEach(r -> outlets.add(r.outlet()));
        return outlets.size();
    }

    /** The outlet, or the article itself when the outlet is unknown (each such article counts as its own outlet). */
    static String outletOf(Article article) {
        String outlet = article.outlet();
        return outlet == null || outlet.isBlank() || outlet.equals("unknown") ? "article:" + article.id() : outlet;
    }
}
