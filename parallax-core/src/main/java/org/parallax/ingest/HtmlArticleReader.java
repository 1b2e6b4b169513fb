package org.parallax.ingest;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.model.DateSource;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;
import org.parallax.text.Dates;

/**
 * Reads an article from an HTML page: metadata from {@link PageMetadata}, main text from
 * {@link MainTextExtractor}, mojibake repaired in both. The outlet is the canonical URL's host, else the site name.
 *
 * <p>The publication date comes from the first source that has one, most trustworthy first, and
 * {@code publishedSource} says which ({@link DateSource}): the page's metadata (JSON-LD, microdata, Open Graph and
 * meta tags, {@code <time datetime>}), then a date in the canonical URL's path, then a dateline or byline date in the
 * visible text near the top, and only when none of these has one the crawl time the caller passes, if any.
 */
public final class HtmlArticleReader {
    /** Visible elements that hold a dateline or byline date, by tag, microdata or class/id words. */
    private static final String DATE_ELEMENTS = "time, [itemprop=datePublished], [class~=(?i)date|time|byline"
            + "|dateline|published|posted|meta], [id~=(?i)date|time|byline|published]";
    /** Date-holding elements looked at, in document order: a date further down dates comments or other stories. */
    private static final int MAX_DATE_ELEMENTS = 10;
    private static final int MAX_DATE_ELEMENT_CHARS = 200;
    /** How much of the extracted text's start is searched for a dateline. */
    private static final int DATELINE_CHARS = 300;
    /** JSON-LD articleBody shorter than this is a teaser, not the article. */
    private static final int MIN_ARTICLE_BODY_CHARS = 500;
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");

    /**
     * The article in the page {@code html}, with no crawl time to fall back on for its date.
     *
     * @throws Rejected when the page has no text worth calling an article
     */
    public RawArticle read(String html, String id, String origin) throws Rejected {
        return read(html, id, origin, null);
    }

    /**
     * The article in the page {@code html}; {@code crawled} (the day the page was fetched or archived, or null) is
     * its publication date, flagged as {@code crawl}, only when nothing in the page dates it.
     *
     * @throws Rejected when the page has no text worth calling an article
     */
    public RawArticle read(String html, String id, String origin, LocalDate crawled) throws Rejected {
        return read(html, id, origin, null, crawled);
    }

    /**
     * The article in a page captured from {@code captureUrl} (fetched live or archived) on day {@code crawled}. The
     * page's own canonical URL comes first; the capture address stands in for a missing one, also as a source of the
     * date (a path like {@code /2031/03/14/}); the capture day is the date only when nothing else dates the page,
     * flagged as {@code crawl}.
     *
     * @throws Rejected when the page has no text worth calling an article
     */
    public RawArticle read(String html, String id, String origin, String captureUrl, LocalDate crawled)
            throws Rejected {
        Document doc = Jsoup.parse(html);
        DeepNesting.flatten(doc);
        PageMetadata meta = PageMetadata.of(doc);
        String extracted = MainTextExtractor.extract(doc);
        String text = withoutLeadingTitle(Mojibake.repair(orArticleBody(extracted, meta.articleBody())),
                meta.title());
        if (text.isBlank()) {
            throw new Rejected("no article text found in the page");
        }
        String url = meta.url() != null ? meta.url() : captureUrl;
        LocalDate published = Dates.parse(meta.published());
        String source = DateSource.METADATA;
        if (published == null) {
            published = UrlDates.find(url);
            source = DateSource.URL;
        }
        if (published == null) {
            published = visibleDate(doc, text);
            source = DateSource.TEXT;
        }
        if (published == null) {
            published = crawled;
            source = DateSource.CRAWL;
        }
        return new RawArticle(id, origin, SourceFormat.HTML, meta.title(), meta.author(), published, url,
                Metadata.first(Metadata.host(url), meta.siteName()), Metadata.language(meta.language()), text,
                published == null ? null : source, Dates.parse(meta.modified()));
    }

    /**
     * The extracted text, or the JSON-LD {@code articleBody} when that is long and the extraction found less than a
     * third of it: the markup then hid the article (a script-built page, an unusual layout) from the extractor.
     */
    static String orArticleBody(String extracted, String articleBody) {
        if (articleBody == null) {
            return extracted;
        }
        String body = LINE_BREAKS.matcher(articleBody.strip()).replaceAll("\n\n");
        if (body.length() >= MIN_ARTICLE_BODY_CHARS && extracted.length() * 3 < body.length()) {
            return body;
        }
        return extracted;
    }

    /**
     * A date written in the visible page near the top: in a {@code <time>} element or an element whose class or id
     * says date, byline or the like, else at the start of the extracted text (a dateline).
     */
    static LocalDate visibleDate(Document doc, String text) {
        int seen = 0;
        for (Element e : doc.body() == null ? java.util.List.<Element>of() : doc.body().select(DATE_ELEMENTS)) {
            String t = e.text();
            if (t.isEmpty() || t.length() > MAX_DATE_ELEMENT_CHARS) {
                continue;
            }
            LocalDate d = Dates.find(t);
            if (d != null) {
                return d;
            }
            if (++seen >= MAX_DATE_ELEMENTS) {
                break;
            }
        }
        return Dates.find(text.substring(0, Math.min(text.length(), DATELINE_CHARS)));
    }

    /**
     * The text without its first paragraph when that is the headline: the article's own header is part of the
     * extracted text, and the headline is carried as the title.
     */
    static String withoutLeadingTitle(String text, String title) {
        if (title == null) {
            return text;
        }
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        if (!first.strip().equals(title.strip())) {
            return text;
        }
        return end < 0 ? "" : text.substring(end + 2).strip();
    }
}
