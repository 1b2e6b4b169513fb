package org.parallax.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parallax.model.Analysis;
import org.parallax.model.Event;

/**
 * The body of an event's page, for a page shell other than the report's (the web UI's): the title and dates, the
 * dossier, and the articles side by side with the dossier's sentences marked, exactly as the report shows them.
 * Everything from the articles is escaped.
 *
 * @param html  the body, to put inside the page's {@code <main>}
 * @param style CSS the body needs beyond {@link HtmlReport#styleSheet()} (rules for sentences cut in pieces), often
 *              empty; a page under a strict Content-Security-Policy serves it in a {@code <style>} allowed by hash
 */
public record EventHtml(String html, String style) {

    /**
     * The body of {@code event}'s page, one of the events of {@code analysis}; each article's title links to
     * {@code articleHref.apply(articleId)}, or is plain text when that gives null.
     */
    public static EventHtml of(Analysis analysis, Event event, Function<String, String> articleHref) {
        Analysis one = new Analysis(analysis.articles(), List.of(event), List.of(), Map.of(),
                Map.of(event.id(), analysis.dossierOf(event.id())));
        return HtmlReport.eventBody(EventView.newestFirst(one).get(0), articleHref);
    }
}
