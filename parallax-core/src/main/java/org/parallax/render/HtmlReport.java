package org.parallax.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.text.Sha256;

/**
 * The browsable report: {@code index.html} lists the events newest first, and {@code events/ID.html} shows one event's
 * dossier (see {@link DossierHtml}) above its articles side by side; each dossier item links to its sentence, marked
 * in the article's text. Pages are self-contained (inline CSS, no scripts, fonts or remote resources, and a
 * Content-Security-Policy that forbids them) and every piece of article content is escaped.
 */
public final class HtmlReport {
    /** The index page's file name. */
    public static final String INDEX = "index.html";
    /** The folder, next to the index, that holds one page per event. */
    public static final String EVENTS_FOLDER = "events";

    /** The page names {@link #pageName} gives; {@link Reports} deletes only files like these. */
    static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}\\.html");
    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");
    /** Names Windows reserves for devices, whatever the extension. */
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com\\d|lpt\\d)");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private HtmlReport() {
    }

    /**
     * The file name of an event's page. Event ids are lowercase hex, and those are used as they are; any other id is
     * replaced by a hash of it, so no id can reach outside the folder ({@code ../x}), name a device ({@code nul}) or
     * clash with another id on a case-insensitive file system.
     */
    public static String pageName(String eventId) {
        if (SAFE_ID.matcher(eventId).matches() && !RESERVED.matcher(eventId).matches()) {
            return eventId + ".html";
        }
        return "id-" + Sha256.hex(eventId).substring(0, 32) + ".html";
    }

    /** The index page of {@code analysis}. */
    public static String index(Analysis analysis) {
        List<EventView> events = EventView.newestFirst(analysis);
        String summary = EventView.plural(events.size(), "event") + " · "
                + EventView.plural(analysis.articles().size(), "article") + " · "
                + EventView.plural(EventView.outletCount(analysis), "outlet");
        StringBuilder b = new StringBuilder(8192);
        head(b, "Events · Parallax", "");
        b.append("<main class=\"wrap\">\n<h1>Events</h1>\n<p class=\"lede\">").append(Html.escape(summary))
                .append("</p>\n");
        if (events.isEmpty()) {
            b.append("<p class=\"empty\">No events: no article could be read.</p>\n");
        } else {
            b.append("<ol class=\"events\">\n");
            for (EventView e : events) {
                eventCard(b, e);
            }
            b.append("</ol>\n");
        }
        b.append("</main>\n");
        foot(b);
        return b.toString();
    }

    /**
     * The page of {@code event}, one of the events of {@code analysis}. Each call looks its articles up afresh, in
     * time proportional to the whole analysis; {@link Reports#writeAll} writes all pages in one pass.
     */
    public static String eventPage(Analysis analysis, Event event) {
        Analysis one = new Analysis(analysis.articles(), List.of(event), List.of(), Map.of(),
                Map.of(event.id(), analysis.dossierOf(event.id())));
        return eventPage(EventView.newestFirst(one).get(0));
    }

    static String eventPage(EventView e) {
        StringBuilder b = new StringBuilder(16384);
        head(b, e.title() + " · Parallax", "../");
        b.append("<main class=\"wrap\">\n<p class=\"back\"><a href=\"../").append(INDEX)
                .append("\">← All events</a></p>\n");
        EventHtml body = eventBody(e, id -> null);
        b.append(body.html()).append("</main>\n");
        // spans cut in pieces (across paragraphs, or crossing another span) highlight whole: rules known only now
        b.insert(b.indexOf("</style>"), body.style());
        foot(b);
        return b.toString();
    }

    /**
     * The report's style sheet, for a page that links it instead of inlining it (the web UI serves it as a file, so
     * its Content-Security-Policy can forbid inline styles).
     */
    public static String styleSheet() {
        return Css.STYLE;
    }

    /**
     * An event's title, dates, dossier and articles side by side, as {@link EventHtml}; each article's title links to
     * {@code articleHref.apply(articleId)} unless that gives null.
     */
    static EventHtml eventBody(EventView e, Function<String, String> articleHref) {
        StringBuilder b = new StringBuilder(16384);
        b.append("<h1 dir=\"auto\">").append(Html.escape(e.title())).append("</h1>\n");
        b.append("<p class=\"lede\">");
        time(b, e.dates(), e.date());
        b.append(" · ").append(e.articleCount()).append(" · ")
                .append(EventView.plural(e.outlets().size(), "outlet")).append("</p>\n");
        Highlights highlights = new Highlights(e.articles());
        DossierHtml.append(b, e.articles(), e.dossier(), highlights);
        OutletLabels labels = new OutletLabels(e.articles());
        b.append("<section id=\"articles\">\n<h2 class=\"section\">The articles</h2>\n<div class=\"articles\">\n");
        Set<String> continued = new TreeSet<>();
        for (Article a : e.articles()) {
            articleCard(b, a, labels.of(a.id()), highlights.marksOf(a.id()), continued, articleHref.apply(a.id()));
        }
        b.append("</div>\n</section>\n");
        return new EventHtml(b.toString(), MarkedText.continuationStyle(continued));
    }

    private static void eventCard(StringBuilder b, EventView e) {
        b.append("<li class=\"event\">\n<h2 dir=\"auto\"><a href=\"").append(EVENTS_FOLDER).append('/')
                .append(Html.escape(pageName(e.event().id()))).append("\">").append(Html.escape(e.title()))
                .append("</a></h2>\n<p class=\"meta\">");
        time(b, e.dates(), e.date());
        b.append(" · ").append(e.articleCount());
        int differ = e.dossier().conflicts().size();
        if (differ > 0) {
            // the first thing a reader of many events wants to know: where the coverage disagrees
            b.append(" · <a class=\"differ\" href=\"").append(EVENTS_FOLDER).append('/')
                    .append(Html.escape(pageName(e.event().id()))).append("#conflicts\">")
                    .append(EventView.plural(differ, "figure")).append(" reported differently</a>");
        }
        b.append("</p>\n");
        chips(b, e.outlets());
        b.append("</li>\n");
    }

    private static void chips(StringBuilder b, List<String> outlets) {
        if (outlets.isEmpty()) {
            return;
        }
        b.append("<ul class=\"chips\" aria-label=\"Outlets\">");
        for (String outlet : outlets) {
            b.append("<li>").append(Html.escape(outlet)).append("</li>");
        }
        b.append("</ul>\n");
    }

    private static void articleCard(StringBuilder b, Article a, String label, List<Mark> marks,
                                    Set<String> continued, String href) {
        b.append("<article class=\"article\" id=\"article-").append(Html.escape(a.id())).append('"');
        if (a.language() != null && LANGUAGE_TAG.matcher(a.language()).matches()) {
            b.append(" lang=\"").append(Html.escape(a.language())).append('"');
        }
        b.append(">\n<p class=\"outlet\">").append(Html.escape(label)).append("</p>\n");
        String title = a.title() == null || a.title().isBlank() ? "Untitled article" : a.title().strip();
        if (href == null) {
            b.append("<h2 dir=\"auto\">").append(Html.escape(title)).append("</h2>\n<dl class=\"facts\">\n");
        } else {
            b.append("<h2 dir=\"auto\"><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(title))
                    .append("</a></h2>\n<dl class=\"facts\">\n");
        }
        if (a.author() != null && !a.author().isBlank()) {
            fact(b, "Author", Html.escape(a.author().strip()));
        }
        if (a.published() != null) {
            StringBuilder date = new StringBuilder();
            time(date, DisplayDates.format(a.published()), a.published());
            fact(b, "Published", date.toString());
        }
        if (a.url() != null && !a.url().isBlank()) {
            String web = Links.webUrl(a.url());
            fact(b, "Source", web == null ? Html.escape(a.url().strip())
                    : "<a href=\"" + Html.escape(web) + "\" rel=\"noopener noreferrer nofollow\">" + Html.escape(web)
                            + "</a>");
        }
        fact(b, "ID", "<code>" + Html.escape(a.id()) + "</code>");
        b.append("</dl>\n<div class=\"text\" dir=\"auto\">\n");
        if (!MarkedText.append(b, a.text(), marks, continued)) {
            b.append("<p class=\"empty\">No text left after cleaning.</p>\n");
        }
        b.append("</div>\n");
        removed(b, a.removed());
        b.append("</article>\n");
    }

    private static void fact(StringBuilder b, String name, String valueHtml) {
        b.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    /** What the cleaner removed, folded away: readers can audit it without it getting in the way. */
    private static void removed(StringBuilder b, List<String> lines) {
        if (lines.isEmpty()) {
            b.append("<p class=\"note\">Nothing was removed by the cleaner.</p>\n");
            return;
        }
        b.append("<details>\n<summary>Removed by the cleaner (")
                .append(EventView.plural(lines.size(), "line")).append(")</summary>\n<ol>\n");
        for (String line : lines) {
            b.append("<li>").append(Html.escape(line)).append("</li>\n");
        }
        b.append("</ol>\n</details>\n");
    }

    private static void time(StringBuilder b, String shown, java.time.LocalDate machineReadable) {
        if (machineReadable == null) {
            b.append(Html.escape(shown));
        } else {
            b.append("<time datetime=\"").append(machineReadable).append("\">").append(Html.escape(shown))
                    .append("</time>");
        }
    }

    private static void head(StringBuilder b, String title, String root) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // no scripts, no remote anything: even a missed escape could not run or phone home
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(Css.STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"top\"><div class=\"wrap\"><a class=\"brand\" href=\"").append(root)
                .append(INDEX).append("\">Parallax</a><span class=\"tagline\">How outlets cover the same event")
                .append("</span></div></header>\n");
    }

    private static void foot(StringBuilder b) {
        b.append("<footer class=\"wrap\">Generated by Parallax from the articles given to it. Text is shown as ")
                .append("cleaned; what the cleaner removed is listed under each article.</footer>\n")
                .append("</body>\n</html>\n");
    }

}
