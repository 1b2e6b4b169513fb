package org.parallax.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.parallax.model.Article;
import org.parallax.model.Citation;
import org.parallax.model.CitedSource;
import org.parallax.model.Dossier;

/**
 * Who cites whom in one event, as a table both reports draw: a row per source, a column per citing article, and in
 * each cell the citation (its cue and sentence). Sources cited by more outlets come first.
 *
 * @param columns the citing articles' ids, in the event's reading order
 * @param rows    the sources
 */
record CitationTable(List<String> columns, List<Row> rows) {

    /**
     * One source and its citations.
     *
     * @param source  the source as the coverage names it
     * @param outlets how many distinct outlets cite it
     * @param cells   per citing article id, its first citation of the source (cue and sentence may be null when
     *                the dossier lists the article without the citation itself)
     */
    record Row(String source, int outlets, Map<String, Citation> cells) {
    }

    /** The table of {@code dossier} over {@code articles} (the event's articles in reading order). */
    static CitationTable of(List<Article> articles, Dossier dossier) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        Map<String, Map<String, Citation>> bySource = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CitedSource s : dossier.citedSources()) {
            String key = key(s.source());
            names.putIfAbsent(key, s.source());
            Map<String, Citation> cells = bySource.computeIfAbsent(key, k -> new LinkedHashMap<>());
            for (String id : s.articleIds()) {
                cells.putIfAbsent(id, new Citation(id, s.source(), null, null));
            }
        }
        for (Citation c : dossier.attributions()) {
            String key = key(c.source());
            names.putIfAbsent(key, c.source());
            Map<String, Citation> cells = bySource.computeIfAbsent(key, k -> new LinkedHashMap<>());
            Citation old = cells.get(c.articleId());
            if (old == null || old.sentence() == null) {
                cells.put(c.articleId(), c); // a real citation (with its sentence) beats a bare mention
            }
        }
        Function<String, String> outletOf = id -> byId.containsKey(id) ? OutletLabels.outletOf(byId.get(id))
                : "id:" + id;
        List<Row> rows = new ArrayList<>();
        Set<String> citing = new HashSet<>();
        bySource.forEach((key, cells) -> {
            Set<String> outlets = new HashSet<>();
            cells.keySet().forEach(id -> outlets.add(outletOf.apply(id)));
            citing.addAll(cells.keySet());
            rows.add(new Row(names.get(key), outlets.size(), cells));
        });
        rows.sort(Comparator.comparingInt(Row::outlets).reversed()
                .thenComparing(r -> key(r.source()))
                .thenComparing(r -> String.valueOf(r.source())));
        List<String> columns = new ArrayList<>();
        for (Article a : articles) {
            if (citing.remove(a.id())) {
                columns.add(a.id());
            }
        }
        citing.stream().filter(java.util.Objects::nonNull).sorted().forEach(columns::add); // not in the event: last
        return new CitationTable(columns, rows);
    }

    /** Sources differing only in case or blanks are one source. */
    private static String key(String source) {
        return source == null ? "" : Markdown.collapseBlanks(source).toLowerCase(Locale.ROOT);
    }
}
