package org.parallax.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * The dossier of one event in Markdown, with the same sections in the same order as the event page
 * ({@link DossierHtml}), as lists and tables; every piece of content is escaped ({@link Markdown#inline}).
 */
final class DossierMarkdown {
    private final StringBuilder b;
    private final List<Article> articles;
    private final OutletLabels labels;
    private final Map<String, Article> byId = new HashMap<>();

    private DossierMarkdown(StringBuilder b, List<Article> articles) {
        this.b = b;
        this.articles = articles;
        this.labels = new OutletLabels(articles);
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
    }

    /** Appends the dossier sections; nothing when the dossier is empty. */
    static void append(StringBuilder b, List<Article> articles, Dossier dossier) {
        if (!dossier.equals(Dossier.EMPTY)) {
            new DossierMarkdown(b, articles).sections(dossier);
        }
    }

    private void sections(Dossier d) {
        b.append("\n### Dossier\n");
        if (!d.consensus().isEmpty()) {
            heading("What the outlets agree on");
            for (Claim c : d.consensus()) {
                b.append("- ").append(Markdown.inline(c.statement())).append(" (")
                        .append(EventView.plural(outletCount(c.articleIds()), "outlet")).append(": ")
                        .append(names(c.articleIds())).append(")\n");
                evidence(c.evidence(), "  ");
            }
        }
        if (!d.conflicts().isEmpty()) {
            heading("Where they differ");
            for (Figure f : d.conflicts()) {
                b.append("- ").append(Markdown.inline(f.about())).append(kind(f.kind())).append('\n');
                for (FigureValue v : f.values()) {
                    b.append("  - ").append(Markdown.inline(FigureValues.format(v, f.kind()))).append(": ")
                            .append(names(v.articleIds())).append('\n');
                    evidence(v.evidence(), "    ");
                }
            }
        }
        List<Figure> steady = new ArrayList<>(d.figures());
        steady.removeAll(d.conflicts());
        if (!steady.isEmpty()) {
            heading("Figures");
            b.append("| What | Value | Reported by |\n|---|---|---|\n");
            for (Figure f : steady) {
                for (FigureValue v : f.values()) {
                    b.append("| ").append(Markdown.inline(f.about())).append(" | ")
                            .append(Markdown.inline(FigureValues.format(v, f.kind()))).append(" | ")
                            .append(names(v.articleIds())).append(" |\n");
                }
            }
        }
        if (!d.uniqueClaims().isEmpty()) {
            heading("Only one outlet says");
            for (Claim c : d.uniqueClaims()) {
                String id = c.articleIds().isEmpty() ? (c.evidence().isEmpty() ? "" : c.evidence().get(0).articleId())
                        : c.articleIds().get(0);
                b.append("- ").append(Markdown.inline(labels.of(id))).append(": ")
                        .append(Markdown.inline(c.statement())).append('\n');
            }
        }
        if (!d.quotes().isEmpty()) {
            quotes(d.quotes());
        }
        if (!d.citedSources().isEmpty() || !d.attributions().isEmpty()) {
            citations(d);
        }
        if (!d.syndication().isEmpty()) {
            syndication(d.syndication());
        }
        if (!d.people().isEmpty()) {
            people(d.people());
        }
        if (!d.framing().isEmpty()) {
            heading("Framing");
            for (Framing f : d.framing()) {
                b.append("- ").append(Markdown.inline(labels.of(f.articleId()))).append(": ")
                        .append(String.join(", ", f.terms().stream().map(Markdown::inline).toList())).append('\n');
            }
        }
        if (!d.timeline().isEmpty()) {
            heading("Timeline");
            for (TimelineEntry t : d.timeline()) {
                b.append("- ").append(Markdown.inline(FigureValues.date(t.date()))).append(": ")
                        .append(Markdown.inline(t.what())).append(" (").append(names(t.articleIds())).append(")\n");
            }
        }
    }

    private void quotes(List<QuoteGroup> quotes) {
        heading("Quotes");
        for (QuoteGroup g : quotes) {
            b.append("- ").append(g.speaker() == null || g.speaker().isBlank() ? "Speaker not named"
                    : Markdown.inline(g.speaker())).append('\n');
            for (QuoteVariant v : g.variants()) {
                b.append("  - ").append(Markdown.inline(labels.of(v.articleId()))).append(": “")
                        .append(Markdown.inline(v.text())).append('”');
                if (v.via() != null && !v.via().isBlank()) {
                    b.append(" (via ").append(Markdown.inline(v.via())).append(')');
                }
                b.append('\n');
            }
        }
    }

    private void citations(Dossier d) {
        CitationTable table = CitationTable.of(articles, d);
        heading("Who cites whom");
        b.append("| Source |");
        table.columns().forEach(id -> b.append(' ').append(Markdown.inline(labels.of(id))).append(" |"));
        b.append("\n|---|");
        table.columns().forEach(id -> b.append("---|"));
        b.append('\n');
        for (CitationTable.Row row : table.rows()) {
            b.append("| ").append(Markdown.inline(row.source())).append(" |");
            for (String id : table.columns()) {
                Citation c = row.cells().get(id);
                String cell = c == null ? "" : c.cue() == null || c.cue().isBlank() ? "cited" : c.cue();
                b.append(' ').append(Markdown.inline(cell)).append(" |");
            }
            b.append('\n');
        }
    }

    private void syndication(List<Syndication> syndication) {
        heading("Shared text");
        for (Syndication s : syndication) {
            b.append("- ").append(names(s.articleIds())).append(" (")
                    .append(Markdown.inline(s.kind() == null ? "shared" : s.kind())).append(", ")
                    .append(Math.round(Math.max(0, Math.min(1, s.score())) * 100))
                    .append("% of the shorter article)\n");
            for (String passage : s.sharedText()) {
                b.append("  - “").append(Markdown.inline(passage)).append("”\n");
            }
        }
    }

    private void people(List<Person> people) {
        heading("People and organisations");
        for (Person p : people) {
            b.append("- ").append(Markdown.inline(p.name()));
            if (p.type() != null && !p.type().isBlank()) {
                b.append(" (").append(Markdown.inline(p.type().toLowerCase(Locale.ROOT))).append(')');
            }
            b.append(", mentioned by ").append(names(p.articleIds())).append('\n');
            Map<String, List<String>> byArticle = new LinkedHashMap<>();
            for (Description d : p.descriptions()) {
                byArticle.computeIfAbsent(d.articleId(), k -> new ArrayList<>()).add(d.text());
            }
            byArticle.forEach((id, texts) -> b.append("  - ").append(Markdown.inline(labels.of(id))).append(": ")
                    .append(Markdown.inline(String.join("; ",
                            texts.stream().filter(java.util.Objects::nonNull).distinct().toList()))).append('\n'));
        }
    }

    private void heading(String title) {
        b.append("\n#### ").append(title).append("\n\n");
    }

    private void evidence(List<Evidence> evidence, String indent) {
        for (Evidence e : evidence) {
            b.append(indent).append("- ").append(Markdown.inline(labels.of(e.articleId()))).append(": ")
                    .append(Markdown.inline(e.sentence())).append('\n');
        }
    }

    private String names(List<String> articleIds) {
        return String.join(", ", articleIds.stream().map(id -> Markdown.inline(labels.of(id))).toList());
    }

    private static String kind(String kind) {
        return kind == null || kind.isBlank() ? "" : " (" + Markdown.inline(kind) + ")";
    }

    private int outletCount(List<String> articleIds) {
        return OutletLabels.count(articleIds, byId);
    }
}
