package org.parallax.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;
import org.parallax.text.Dates;

/**
 * Reads an article from an HTML page: metadata from {@link PageMetadata}, main text from
 * {@link MainTextExtractor}, mojibake repaired in both. The outlet is the canonical URL's host, else the site name.
 */
public final class HtmlArticleReader {

    /**
     * The article in the page {@code html}.
     *
     * @throws Rejected when the page has no text worth calling an article
     */
    public RawArticle read(String html, String id, String origin) throws Rejected {
        Document doc = Jsoup.parse(html);
        DeepNesting.flatten(doc);
        PageMetadata meta = PageMetadata.of(doc);
        String text = Mojibake.repair(MainTextExtractor.extract(doc));
        if (text.isBlank()) {
            throw new Rejected("no article text found in the page");
        }
        String url = meta.url();
        return new RawArticle(id, origin, SourceFormat.HTML, meta.title(), meta.author(),
                Dates.parse(meta.published()), url, Metadata.first(Metadata.host(url), meta.siteName()),
                Metadata.language(meta.language()), text);
    }
}
