package org.parallax.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.model.Article;
import org.parallax.model.Citation;
import org.parallax.model.Claim;
import org.parallax.model.Description;
import org.parallax.model.Dossier;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;
import org.parallax.model.Framing;
import org.parallax.model.Person;
import org.parallax.model.QuoteGroup;
import org.parallax.model.QuoteVariant;
import org.parallax.model.Syndication;
import org.parallax.model.TimelineEntry;

/**
 * The dossier part of an event page: what the outlets agree on, where they conflict, what only one says, the quotes
 * and their renderings, who cites whom, shared wire text, the people, each outlet's framing and a timeline. Every
 * item that has a sentence links to it ({@code href="#anchor"}); the article texts below mark those sentences
 * (see {@link Highlights}), and CSS {@code :target} highlights the one clicked. Everything shown is escaped.
 */
final class DossierHtml {
    private static final Pattern DATETIME = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");

    private final StringBuilder b;
    private final Highlights highlights;
    private final OutletLabels labels;
    private final Map<String, Article> byId = new HashMap<>();
    private final List<Article> articles;

    private DossierHtml(StringBuilder b, List<Article> articles, Highlights highlights) {
        this.b = b;
        this.articles = articles;
        this.highlights = highlights;
        this.labels = new OutletLabels(articles);
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
    }

    /** Appends the dossier sections of {@code dossier}, registering every linked span in {@code highlights}. */
    static void append(StringBuilder b, List<Article> articles, Dossier dossier, Highlights highlights) {
        new DossierHtml(b, articles, highlights).sections(dossier);
    }

    private void sections(Dossier d) {
        if (d.equals(Dossier.EMPTY)) {
            b.append("<p class=\"note dossier-none\">")
                    .append(articles.size() < 2 ? "One article: there is nothing to compare."
                            : "No cross-source comparison is available for this event.")
                    .append("</p>\n");
            return;
        }
        List<Figure> steady = new ArrayList<>(d.figures());
        steady.removeAll(d.conflicts());
        nav(d, steady);
        if (!d.consensus().isEmpty()) {
            open("agreement", "What the outlets agree on", "Statements made by two or more outlets.");
            d.consensus().forEach(this::consensus);
            close();
        }
        if (!d.conflicts().isEmpty()) {
            open("conflicts", "Where they differ", "Figures reported differently; each value with who reports it. "
                    + "Their sentences are underlined in red in the articles.");
            d.conflicts().forEach(this::conflict);
            close();
        }
        if (!steady.isEmpty()) {
            figures(steady);
        }
        if (!d.uniqueClaims().isEmpty()) {
            uniqueClaims(d.uniqueClaims());
        }
        if (!d.quotes().isEmpty()) {
            open("quotes", "Quotes", "The same words as each outlet renders them.");
            d.quotes().forEach(this::quote);
            close();
        }
        if (!d.citedSources().isEmpty() || !d.attributions().isEmpty()) {
            citations(d);
        }
        if (!d.syndication().isEmpty()) {
            open("wire", "Shared text", "Passages two or more articles share, highlighted in the articles below.");
            d.syndication().forEach(this::syndication);
            close();
        }
        if (!d.people().isEmpty()) {
            open("people", "People and organisations", "How each outlet describes them.");
            d.people().forEach(this::person);
            close();
        }
        if (!d.framing().isEmpty()) {
            framing(d.framing());
        }
        if (!d.timeline().isEmpty()) {
            timeline(d.timeline());
        }
    }

    private void nav(Dossier d, List<Figure> steady) {
        b.append("<nav class=\"toc\" aria-label=\"On this page\"><ul>");
        link(!d.consensus().isEmpty(), "agreement", "Agreement", d.consensus().size());
        link(!d.conflicts().isEmpty(), "conflicts", "Conflicts", d.conflicts().size());
        link(!steady.isEmpty(), "figures", "Figures", steady.size());
        link(!d.uniqueClaims().isEmpty(), "unique", "Only one outlet", d.uniqueClaims().size());
        link(!d.quotes().isEmpty(), "quotes", "Quotes", d.quotes().size());
        link(!d.citedSources().isEmpty() || !d.attributions().isEmpty(), "sources", "Sources", -1);
        link(!d.syndication().isEmpty(), "wire", "Shared text", d.syndication().size());
        link(!d.people().isEmpty(), "people", "People", d.people().size());
        link(!d.framing().isEmpty(), "framing", "Framing", -1);
        link(!d.timeline().isEmpty(), "timeline", "Timeline", d.timeline().size());
        link(true, "articles", "Articles", articles.size());
        b.append("</ul></nav>\n");
    }

    private void link(boolean shown, String id, String name, int count) {
        if (shown) {
            b.append("<li><a href=\"#").append(id).append("\">").append(name);
            if (count >= 0) {
                b.append(" <span class=\"count\">").append(count).append("</span>");
            }
            b.append("</a></li>");
        }
    }

    private void open(String id, String title, String lede) {
        b.append("<section class=\"dossier\" id=\"").append(id).append("\">\n<h2>").append(title)
                .append("</h2>\n<p class=\"hint\">").append(lede).append("</p>\n<ol class=\"items\">\n");
    }

    private void close() {
        b.append("</ol>\n</section>\n");
    }

    private void consensus(Claim c) {
        b.append("<li class=\"item\">\n<p class=\"statement\" dir=\"auto\">").append(Html.escape(c.statement()))
                .append("</p>\n<p class=\"by\">");
        b.append(Html.escape(EventView.plural(outletCount(c.articleIds()), "outlet"))).append(": ");
        sources(c.articleIds(), c.evidence());
        b.append("</p>\n");
        if (!c.evidence().isEmpty()) {
            b.append("<details><summary>Each outlet's wording</summary>\n");
            evidenceList(c.evidence());
            b.append("</details>\n");
        }
        b.append("</li>\n");
    }

    private void conflict(Figure f) {
        // registered first, so each sentence is marked as conflicting whatever else links to it
        f.values().forEach(v -> v.evidence().forEach(highlights::conflictEvidence));
        b.append("<li class=\"item\">\n<p class=\"about\" dir=\"auto\">").append(Html.escape(f.about()));
        kind(f.kind());
        b.append("</p>\n<div class=\"values\">\n");
        for (FigureValue v : f.values()) {
            b.append("<div class=\"value\">\n<p class=\"figure\" dir=\"auto\">")
                    .append(Html.escape(FigureValues.format(v, f.kind()))).append("</p>\n<p class=\"by\">");
            sources(v.articleIds(), v.evidence());
            b.append("</p>\n");
            evidenceList(v.evidence());
            b.append("</div>\n");
        }
        b.append("</div>\n</li>\n");
    }

    private void figures(List<Figure> figures) {
        b.append("<section class=\"dossier\" id=\"figures\">\n<h2>Figures</h2>\n")
                .append("<p class=\"hint\">Counts, dates and places reported without contradiction.</p>\n")
                .append("<div class=\"scroll\"><table>\n<thead><tr><th>What</th><th>Value</th><th>Reported by</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Figure f : figures) {
            for (FigureValue v : f.values()) {
                b.append("<tr><td dir=\"auto\">").append(Html.escape(f.about())).append("</td><td class=\"num\">")
                        .append(Html.escape(FigureValues.format(v, f.kind()))).append("</td><td>");
                sources(v.articleIds(), v.evidence());
                b.append("</td></tr>\n");
            }
        }
        b.append("</tbody>\n</table></div>\n</section>\n");
    }

    private void uniqueClaims(List<Claim> claims) {
        Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
        for (Article a : articles) {
            byArticle.put(a.id(), new ArrayList<>());
        }
        for (Claim c : claims) {
            String id = c.articleIds().isEmpty() ? (c.evidence().isEmpty() ? "" : c.evidence().get(0).articleId())
                    : c.articleIds().get(0);
            byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
        }
        b.append("<section class=\"dossier\" id=\"unique\">\n<h2>Only one outlet says</h2>\n")
                .append("<p class=\"hint\">Statements no other outlet makes.</p>\n<div class=\"columns\">\n");
        byArticle.forEach((id, list) -> {
            if (list.isEmpty()) {
                return;
            }
            b.append("<div class=\"column\">\n<h3 dir=\"auto\">").append(Html.escape(labels.of(id)))
                    .append("</h3>\n<ul class=\"evidence\">\n");
            for (Claim c : list) {
                String anchor = c.evidence().isEmpty() ? null : highlights.evidence(c.evidence().get(0));
                b.append("<li>");
                linked(anchor, "said", c.statement());
                b.append("</li>\n");
            }
            b.append("</ul>\n</div>\n");
        });
        b.append("</div>\n</section>\n");
    }

    private void quote(QuoteGroup g) {
        b.append("<li class=\"item\">\n<p class=\"speaker\" dir=\"auto\">")
                .append(g.speaker() == null || g.speaker().isBlank() ? "Speaker not named"
                        : Html.escape(g.speaker()))
                .append("</p>\n<ul class=\"evidence\">\n");
        for (QuoteVariant v : g.variants()) {
            b.append("<li><span class=\"who\">").append(Html.escape(labels.of(v.articleId()))).append("</span> ");
            linked(highlights.quote(v), "said quote", v.text());
            if (v.via() != null && !v.via().isBlank()) {
                b.append(" <span class=\"via\">via ").append(Html.escape(v.via())).append("</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n</li>\n");
    }

    private void citations(Dossier d) {
        CitationTable table = CitationTable.of(articles, d);
        b.append("<section class=\"dossier\" id=\"sources\">\n<h2>Who cites whom</h2>\n")
                .append("<p class=\"hint\">Sources each outlet credits; those cited by several outlets first.</p>\n")
                .append("<div class=\"scroll\"><table class=\"cites\">\n<thead><tr><th>Source</th>");
        for (String id : table.columns()) {
            b.append("<th dir=\"auto\">").append(Html.escape(labels.of(id))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (CitationTable.Row row : table.rows()) {
            b.append("<tr><th scope=\"row\" dir=\"auto\">").append(Html.escape(row.source())).append("</th>");
            for (String id : table.columns()) {
                Citation c = row.cells().get(id);
                b.append("<td>");
                if (c != null) {
                    String cue = c.cue() == null || c.cue().isBlank() ? "cited" : c.cue();
                    linked(highlights.sentence(c.articleId(), c.sentence()), "cue", cue);
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
        if (!d.attributions().isEmpty()) {
            b.append("<details><summary>Every citation (").append(d.attributions().size())
                    .append(")</summary>\n<ul class=\"evidence\">\n");
            for (Citation c : d.attributions()) {
                b.append("<li><span class=\"who\">").append(Html.escape(labels.of(c.articleId())))
                        .append("</span> <span class=\"via\">").append(Html.escape(c.source())).append(" · ")
                        .append(Html.escape(c.cue())).append("</span> ");
                linked(highlights.sentence(c.articleId(), c.sentence()), "said", c.sentence());
                b.append("</li>\n");
            }
            b.append("</ul>\n</details>\n");
        }
        b.append("</section>\n");
    }

    private void syndication(Syndication s) {
        b.append("<li class=\"item\">\n<p class=\"by\">");
        for (int i = 0; i < s.articleIds().size(); i++) {
            b.append(i > 0 ? " · " : "").append("<span class=\"chip\">")
                    .append(Html.escape(labels.of(s.articleIds().get(i)))).append("</span>");
        }
        b.append(" <span class=\"kind\">").append(Html.escape(s.kind() == null ? "shared" : s.kind()))
                .append("</span> <span class=\"via\">").append(Math.round(Math.max(0, Math.min(1, s.score())) * 100))
                .append("% of the shorter article</span></p>\n<ol class=\"passages\">\n");
        for (String passage : s.sharedText()) {
            b.append("<li><blockquote dir=\"auto\">").append(Html.escape(passage)).append("</blockquote>\n")
                    .append("<p class=\"in\">In ");
            boolean first = true;
            for (String id : s.articleIds()) {
                b.append(first ? "" : " · ");
                first = false;
                linked(highlights.passage(id, passage), "src", labels.of(id));
            }
            b.append("</p></li>\n");
        }
        b.append("</ol>\n</li>\n");
    }

    private void person(Person p) {
        b.append("<li class=\"item\">\n<p class=\"speaker\" dir=\"auto\">").append(Html.escape(p.name()));
        kind(p.type() == null ? null : p.type().toLowerCase(java.util.Locale.ROOT));
        b.append("</p>\n");
        Map<String, List<String>> byArticle = new LinkedHashMap<>();
        for (Description d : p.descriptions()) {
            byArticle.computeIfAbsent(d.articleId(), k -> new ArrayList<>()).add(d.text());
        }
        if (!byArticle.isEmpty()) {
            b.append("<dl class=\"descs\">\n");
            byArticle.forEach((id, texts) -> {
                b.append("<dt>").append(Html.escape(labels.of(id))).append("</dt><dd>");
                List<String> distinct = texts.stream().distinct().toList();
                for (int i = 0; i < distinct.size(); i++) {
                    b.append(i > 0 ? "; " : "");
                    linked(highlights.term(id, distinct.get(i)), "said", distinct.get(i));
                }
                b.append("</dd>\n");
            });
            b.append("</dl>\n");
        }
        b.append("<p class=\"by\">Mentioned by ");
        for (int i = 0; i < p.articleIds().size(); i++) {
            b.append(i > 0 ? " · " : "").append("<span class=\"chip\">")
                    .append(Html.escape(labels.of(p.articleIds().get(i)))).append("</span>");
        }
        b.append("</p>\n</li>\n");
    }

    private void framing(List<Framing> framing) {
        b.append("<section class=\"dossier\" id=\"framing\">\n<h2>Framing</h2>\n")
                .append("<p class=\"hint\">Words each outlet uses about the event that the others do not.</p>\n")
                .append("<div class=\"columns\">\n");
        for (Framing f : framing) {
            b.append("<div class=\"column\">\n<h3 dir=\"auto\">").append(Html.escape(labels.of(f.articleId())))
                    .append("</h3>\n<ul class=\"chips terms\">");
            for (String term : f.terms()) {
                b.append("<li>");
                linked(highlights.term(f.articleId(), term), "term", term);
                b.append("</li>");
            }
            b.append("</ul>\n</div>\n");
        }
        b.append("</div>\n</section>\n");
    }

    private void timeline(List<TimelineEntry> timeline) {
        b.append("<section class=\"dossier\" id=\"timeline\">\n<h2>Timeline</h2>\n")
                .append("<p class=\"hint\">Dated happenings, from the dates the articles give.</p>\n")
                .append("<ol class=\"timeline\">\n");
        for (TimelineEntry t : timeline) {
            b.append("<li><p class=\"when\">");
            if (t.date() != null && DATETIME.matcher(t.date()).matches()) {
                b.append("<time datetime=\"").append(t.date()).append("\">")
                        .append(Html.escape(FigureValues.date(t.date()))).append("</time>");
            } else {
                b.append(Html.escape(FigureValues.date(t.date())));
            }
            b.append("</p>\n<p class=\"what\" dir=\"auto\">").append(Html.escape(t.what()))
                    .append("</p>\n<p class=\"by\">");
            sources(t.articleIds(), t.evidence());
            b.append("</p></li>\n");
        }
        b.append("</ol>\n</section>\n");
    }

    /** Each article as its outlet's label, linked to its first evidence sentence when there is one. */
    private void sources(List<String> articleIds, List<Evidence> evidence) {
        Map<String, Evidence> first = new HashMap<>();
        evidence.forEach(e -> first.putIfAbsent(e.articleId(), e));
        List<String> ids = new ArrayList<>(articleIds);
        Set<String> seen = new HashSet<>(ids);
        evidence.forEach(e -> {
            if (seen.add(e.articleId())) {
                ids.add(e.articleId()); // evidence from an article the item forgot to list
            }
        });
        for (int i = 0; i < ids.size(); i++) {
            b.append(i > 0 ? " " : "");
            linked(highlights.evidence(first.get(ids.get(i))), "chip", labels.of(ids.get(i)));
        }
    }

    private void evidenceList(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        b.append("<ul class=\"evidence\">\n");
        for (Evidence e : evidence) {
            b.append("<li><span class=\"who\">").append(Html.escape(labels.of(e.articleId()))).append("</span> ");
            linked(highlights.evidence(e), "said", e.sentence());
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    /** A link to {@code #anchor} with the escaped text, or just the text when there is nothing to link to. */
    private void linked(String anchor, String cssClass, String text) {
        if (anchor == null) {
            b.append("<span class=\"").append(cssClass).append("\" dir=\"auto\">").append(Html.escape(text))
                    .append("</span>");
        } else {
            b.append("<a class=\"").append(cssClass).append("\" href=\"#").append(Html.escape(anchor))
                    .append("\" dir=\"auto\">").append(Html.escape(text)).append("</a>");
        }
    }

    private void kind(String kind) {
        if (kind != null && !kind.isBlank()) {
            b.append(" <span class=\"kind\">").append(Html.escape(kind)).append("</span>");
        }
    }

    private int outletCount(List<String> articleIds) {
        return OutletLabels.count(articleIds, byId);
    }
}
