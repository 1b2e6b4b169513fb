package org.parallax.server.ui;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Quote;
import org.parallax.render.DisplayDates;
import org.parallax.render.Html;
import org.parallax.render.Links;
import org.parallax.store.StoredArticle;

/**
 * One article: its facts, its event, its text with the annotations highlighted (with a legend), and the quotes found
 * in it. The source URL becomes a link only when it is an http or https address.
 */
final class ArticlePage {
    private ArticlePage() {
    }

    /** The page of {@code stored}; {@code eventTitle} names its event (null when unknown). */
    static UiPage render(StoredArticle stored, String eventTitle) {
        Article a = stored.article();
        Annotations ann = stored.annotations();
        String title = a.title() == null || a.title().isBlank() ? "Untitled article" : a.title().strip();
        StringBuilder b = new StringBuilder(a.text().length() * 2 + 4096);
        if (stored.eventId() != null) {
            b.append("<p class=\"back\"><a href=\"").append(Html.escape(Urls.event(stored.eventId())))
                    .append("\">← The event and its other articles</a></p>\n");
        }
        b.append("<div class=\"article-layout\">\n<article class=\"article single\"");
        if (a.language() != null && a.language().matches("[A-Za-z]{2,3}")) {
            b.append(" lang=\"").append(Html.escape(a.language())).append('"');
        }
        b.append(">\n<p class=\"outlet\" dir=\"auto\">").append(Html.escape(a.outlet())).append("</p>\n")
                .append("<h1 dir=\"auto\">").append(Html.escape(title)).append("</h1>\n<dl class=\"facts\">\n");
        if (a.author() != null && !a.author().isBlank()) {
            fact(b, "Author", "<span dir=\"auto\">" + Html.escape(a.author().strip()) + "</span>");
        }
        if (a.published() != null) {
            fact(b, "Published", "<time datetime=\"" + a.published() + "\">"
                    + Html.escape(DisplayDates.format(a.published())) + "</time>");
        }
        if (a.url() != null && !a.url().isBlank()) {
            String web = Links.webUrl(a.url());
            fact(b, "Source", web == null ? Html.escape(a.url().strip())
                    : "<a href=\"" + Html.escape(web) + "\" rel=\"noopener noreferrer nofollow\">" + Html.escape(web)
                            + "</a>");
        }
        if (stored.eventId() != null) {
            String name = eventTitle == null || eventTitle.isBlank() ? stored.eventId() : eventTitle.strip();
            fact(b, "Event", "<a href=\"" + Html.escape(Urls.event(stored.eventId())) + "\" dir=\"auto\">"
                    + Html.escape(name) + "</a>");
        }
        fact(b, "ID", "<code>" + Html.escape(a.id()) + "</code>");
        b.append("</dl>\n");
        legend(b, ann);
        b.append("<div class=\"text annotated\" dir=\"auto\">\n");
        if (!AnnotatedText.append(b, a.text(), ann)) {
            b.append("<p class=\"empty\">No text left after cleaning.</p>\n");
        }
        b.append("</div>\n</article>\n");
        quotes(b, ann);
        b.append("</div>\n");
        return Layout.page(title, Layout.Section.NONE, b.toString());
    }

    private static void legend(StringBuilder b, Annotations ann) {
        if (ann.equals(Annotations.EMPTY)) {
            b.append("<p class=\"note\">This article has no annotations: quotes, speakers, numbers and dates are ")
                    .append("not marked.</p>\n");
            return;
        }
        b.append("<p class=\"legend\" aria-label=\"What the colours mean\">")
                .append("<span class=\"a-quote\">Quote</span> <span class=\"a-speaker\">Speaker</span> ")
                .append("<span class=\"a-number\">Number</span> <span class=\"a-date\">Date</span></p>\n");
    }

    private static void quotes(StringBuilder b, Annotations ann) {
        if (ann.quotes().isEmpty()) {
            return;
        }
        b.append("<aside class=\"dossier\" id=\"quotes\">\n<h2>Quotes</h2>\n<p class=\"hint\">")
                .append(EventListPage.plural(ann.quotes().size(), "quote"))
                .append(" in this article, with who is credited.</p>\n<ol class=\"items\">\n");
        for (Quote q : ann.quotes()) {
            b.append("<li class=\"item\"><p class=\"speaker\" dir=\"auto\">")
                    .append(q.speaker() == null || q.speaker().isBlank() ? "Speaker not named"
                            : Html.escape(q.speaker()));
            if (q.kind() != null) {
                b.append(" <span class=\"kind\">").append(Html.escape(q.kind().toString().toLowerCase(
                        java.util.Locale.ROOT))).append("</span>");
            }
            b.append("</p>\n<blockquote dir=\"auto\">").append(Html.escape(q.text())).append("</blockquote>");
            if (q.cue() != null && !q.cue().isBlank() || q.via() != null && !q.via().isBlank()) {
                b.append("<p class=\"in\">");
                if (q.cue() != null && !q.cue().isBlank()) {
                    b.append("Cue: ").append(Html.escape(q.cue()));
                }
                if (q.via() != null && !q.via().isBlank()) {
                    b.append(q.cue() != null && !q.cue().isBlank() ? " · " : "").append("via ")
                            .append(Html.escape(q.via()));
                }
                b.append("</p>");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n</aside>\n");
    }

    private static void fact(StringBuilder b, String name, String valueHtml) {
        b.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }
}
