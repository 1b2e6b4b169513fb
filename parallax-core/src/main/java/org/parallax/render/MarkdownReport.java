package org.parallax.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.parallax.model.Analysis;
import org.parallax.model.Article;

/**
 * The report as one Markdown file, {@code events.md}: the events newest first, each with its dossier (the sections of
 * the event page, see {@link DossierMarkdown}) and its articles (title, outlet, date, author, URL, cleaned text),
 * for reading in an editor, a diff or a code host. All content is escaped.
 */
public final class MarkdownReport {
    /** The file name inside a report folder. */
    public static final String FILE_NAME = "events.md";

    private MarkdownReport() {
    }

    /** The Markdown report of {@code analysis}. */
    public static String render(Analysis analysis) {
        StringWriter out = new StringWriter();
        try {
            write(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        return out.toString();
    }

    /** Writes the Markdown report of {@code analysis} to {@code out}, one event at a time, leaving it open. */
    public static void write(Analysis analysis, Writer out) throws IOException {
        List<EventView> events = EventView.newestFirst(analysis);
        StringBuilder b = new StringBuilder(16384);
        b.append("# Parallax report\n\n")
                .append(EventView.plural(events.size(), "event")).append(", ")
                .append(EventView.plural(analysis.articles().size(), "article")).append(" from ")
                .append(EventView.plural(EventView.outletCount(analysis), "outlet")).append(".\n");
        if (events.isEmpty()) {
            b.append("\nNo events: no article could be read.\n");
        }
        for (EventView e : events) {
            event(b, e);
            // one event at a time: the whole report of a large corpus need not fit in memory twice
            out.append(b);
            b.setLength(0);
        }
        out.append(b);
        out.flush();
    }

    private static void event(StringBuilder b, EventView e) {
        b.append("\n## ").append(Markdown.inline(e.title())).append("\n\n")
                .append(Markdown.inline(e.dates())).append(" · ").append(e.articleCount()).append(" · ")
                .append(EventView.plural(e.outlets().size(), "outlet")).append(": ")
                .append(String.join(", ", e.outlets().stream().map(Markdown::inline).toList())).append('\n');
        DossierMarkdown.append(b, e.articles(), e.dossier());
        for (Article a : e.articles()) {
            article(b, a);
        }
    }

    private static void article(StringBuilder b, Article a) {
        String title = a.title() == null || a.title().isBlank() ? "Untitled article" : a.title();
        b.append("\n### ").append(Markdown.inline(title)).append("\n\n");
        b.append("- Outlet: ").append(Markdown.inline(a.outlet())).append('\n');
        b.append("- Published: ").append(a.published() == null ? "unknown" : DisplayDates.format(a.published()))
                .append('\n');
        if (a.author() != null && !a.author().isBlank()) {
            b.append("- Author: ").append(Markdown.inline(a.author())).append('\n');
        }
        if (a.url() != null && !a.url().isBlank()) {
            String web = Links.webUrl(a.url());
            // an autolink only for web addresses; anything else is shown as inert text
            b.append("- URL: ").append(web != null ? "<" + web + ">" : Markdown.inline(a.url())).append('\n');
        }
        b.append("- ID: ").append(Markdown.inline(a.id())).append('\n');
        String text = Markdown.paragraphs(a.text());
        b.append('\n').append(text.isEmpty() ? "*No text left after cleaning.*\n" : text);
        removed(b, a.removed());
    }

    /** Folded as in the HTML report where the renderer knows {@code <details>} (GitHub, GitLab), a list elsewhere. */
    private static void removed(StringBuilder b, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        b.append("\n<details>\n<summary>Removed by the cleaner (").append(EventView.plural(lines.size(), "line"))
                .append(")</summary>\n\n");
        for (String line : lines) {
            b.append("- ").append(Markdown.inline(line)).append('\n');
        }
        b.append("\n</details>\n");
    }
}
