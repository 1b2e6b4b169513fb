package org.parallax.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What a news page says about itself, read from JSON-LD (schema.org NewsArticle and kin, also inside
 * {@code @graph}), Open Graph and other meta tags, {@code <time datetime>}, {@code <link rel=canonical>} and
 * {@code <html lang>}, and schema.org microdata ({@code itemprop}). Each field takes the first source that has it, most specific first; all may be null.
 *
 * @param title     the headline
 * @param author    the author(s), joined with ", "
 * @param published the publication date or timestamp as written
 * @param siteName  the outlet's name
 * @param url       the canonical URL
 * @param language  the language tag as written
 * @param modified  the last modification date or timestamp as written
 * @param articleBody the article's text as the page's JSON-LD gives it ({@code articleBody}), or null
 */
public record PageMetadata(String title, String author, String published, String siteName, String url,
                           String language, String modified, String articleBody) {
    private static final ObjectMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build()).build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "reportagenews", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "blogposting", "liveblogposting", "report", "techarticle",
            "scholarlyarticle", "socialmediaposting", "webpage");
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dcterms.modified", "last-modified", "lastmod", "article.updated", "sailthru.lastmodified");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author",
            "dc.creator", "sailthru.author", "byl");
    private static final int MAX_INLINE_AUTHOR_CHARS = 100;
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ");
    private static final Pattern TITLE_SPLIT = Pattern.compile(" (?:\\||-|–|—|::|·) ");
    /** Fewer words than this is a site name or a section, not a headline. */
    private static final int MIN_TITLE_WORDS = 3;

    /** Metadata without a modification date or article body: the signature from before they were read. */
    public PageMetadata(String title, String author, String published, String siteName, String url,
                        String language) {
        this(title, author, published, siteName, url, language, null, null);
    }

    /** Reads the metadata of {@code doc}. */
    public static PageMetadata of(Document doc) {
        JsonLdArticle ld = JsonLdArticle.find(doc);
        Map<String, String> meta = metaTags(doc);
        String siteName = Metadata.clean(Metadata.first(meta.get("og:site_name"), ld.publisher,
                meta.get("application-name"), ld.website));
        String title = Metadata.clean(Metadata.first(ld.headline, text(doc.selectFirst("[itemprop=headline]")),
                meta.get("og:title"), meta.get("twitter:title"),
                headingOrPageTitle(doc, siteName)));
        String author = Metadata.author(Metadata.first(ld.author, firstAuthorMeta(meta), inlineAuthor(doc)));
        String published = Metadata.first(ld.datePublished, firstOf(meta, DATE_META),
                microdata(doc, "datePublished"), timeDatetime(doc));
        String modified = Metadata.first(ld.dateModified, firstOf(meta, MODIFIED_META),
                microdata(doc, "dateModified"));
        String url = Metadata.first(absolute(doc.selectFirst("link[rel=canonical]")), httpUrl(meta.get("og:url")),
                httpUrl(ld.url));
        String language = Metadata.first(attr(doc.selectFirst("html[lang]"), "lang"), ld.language,
                meta.get("og:locale"), meta.get("content-language"), meta.get("language"));
        return new PageMetadata(title, author, published, siteName, url, language, modified, ld.articleBody);
    }

    /** Meta tags by lower-cased {@code property}, {@code name}, {@code itemprop} or {@code http-equiv}; first wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                if (m.hasAttr(key)) {
                    tags.putIfAbsent(m.attr(key).strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return tags;
    }

    private static String firstOf(Map<String, String> meta, List<String> keys) {
        for (String k : keys) {
            if (meta.containsKey(k)) {
                return meta.get(k);
            }
        }
        return null;
    }

    /** The first author meta tag that names a person rather than linking to a profile page. */
    private static String firstAuthorMeta(Map<String, String> meta) {
        for (String k : AUTHOR_META) {
            String v = meta.get(k);
            if (v != null && !v.startsWith("http")) {
                return v;
            }
        }
        return null;
    }

    /** A byline marked up in the page: {@code rel=author} or {@code itemprop=author}, if short like a name. */
    private static String inlineAuthor(Document doc) {
        Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        String t = text(e);
        return t != null && t.length() <= MAX_INLINE_AUTHOR_CHARS ? t : null;
    }

    /** The machine-readable value of a microdata property on a visible element ({@code datetime}, {@code content}). */
    private static String microdata(Document doc, String property) {
        for (Element e : doc.select("[itemprop=" + property + "]")) {
            String v = Metadata.first(attr(e, "datetime"), attr(e, "content"));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String timeDatetime(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return attr(t, "datetime");
    }

    /**
     * The first {@code <h1>} that the {@code <title>} repeats (the headline; an h1 the title does not repeat is
     * often the site's logo), else the title without the site's name, else the first h1.
     */
    private static String headingOrPageTitle(Document doc, String siteName) {
        String title = pageTitle(doc, siteName);
        Elements headings = doc.select("h1");
        if (title == null) {
            return headings.isEmpty() ? null : text(headings.first());
        }
        for (Element h : headings) {
            String t = text(h);
            if (t != null && title.contains(t) && t.split(" ").length >= MIN_TITLE_WORDS) {
                return t;
            }
        }
        return title;
    }

    /**
     * The {@code <title>}, without the site name pages append ("Headline | Site"): the known site name, or else the
     * longest part between separators when it has a few words.
     */
    private static String pageTitle(Document doc, String siteName) {
        String t = Metadata.clean(doc.title());
        if (t == null) {
            return null;
        }
        for (String sep : TITLE_SEPARATORS) {
            if (siteName != null && t.endsWith(sep + siteName)) {
                return t.substring(0, t.length() - sep.length() - siteName.length()).strip();
            }
        }
        String longest = null;
        for (String part : TITLE_SPLIT.split(t)) {
            if (longest == null || part.length() > longest.length()) {
                longest = part.strip();
            }
        }
        return longest != null && !longest.equals(t) && longest.split(" ").length >= MIN_TITLE_WORDS ? longest : t;
    }

    private static String absolute(Element link) {
        return link == null ? null : httpUrl(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
    }

    private static String httpUrl(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.startsWith("http://") || t.startsWith("https://") ? t : null;
    }

    private static String text(Element e) {
        return e == null ? null : Metadata.clean(e.text());
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** The fields of the first schema.org article object among the page's JSON-LD blocks. */
    private static final class JsonLdArticle {
        String headline;
        String author;
        String datePublished;
        String dateModified;
        String articleBody;
        String publisher;
        String website;
        String url;
        String language;

        static JsonLdArticle find(Document doc) {
            JsonLdArticle found = new JsonLdArticle();
            List<JsonNode> objects = new ArrayList<>();
            for (Element script : doc.select("script[type=application/ld+json]")) {
                try {
                    collect(LENIENT.readTree(script.data()), objects);
                } catch (JsonProcessingException e) {
                    // A broken JSON-LD block is common; the meta tags still describe the page.
                }
            }
            JsonNode article = null;
            for (JsonNode o : objects) {
                if (hasType(o, ARTICLE_TYPES) && (article == null || isWebPage(article) && !isWebPage(o))) {
                    article = o;
                }
                if (found.website == null && hasType(o, Set.of("website", "newsmediaorganization"))) {
                    found.website = string(o.get("name"));
                }
            }
            if (article != null) {
                found.headline = Metadata.first(string(article.get("headline")),
                        isWebPage(article) ? null : string(article.get("name")));
                found.author = names(article.get("author"));
                found.datePublished = Metadata.first(string(article.get("datePublished")),
                        string(article.get("dateCreated")));
                found.dateModified = string(article.get("dateModified"));
                found.articleBody = string(article.get("articleBody"));
                found.publisher = names(article.get("publisher"));
                found.url = Metadata.first(string(article.get("url")), id(article.get("mainEntityOfPage")));
                found.language = names(article.get("inLanguage"));
            }
            return found;
        }

        /** Every object in a JSON-LD value: arrays and {@code @graph} are opened. */
        private static void collect(JsonNode n, List<JsonNode> out) {
            if (n == null) {
                return;
            }
            if (n.isArray()) {
                n.forEach(e -> collect(e, out));
            } else if (n.isObject()) {
                out.add(n);
                collect(n.get("@graph"), out);
            }
        }

        private static boolean isWebPage(JsonNode o) {
            return hasType(o, Set.of("webpage"));
        }

        private static boolean hasType(JsonNode o, Set<String> types) {
            JsonNode t = o.get("@type");
            if (t == null) {
                return false;
            }
            for (JsonNode v : t.isArray() ? t : List.of(t)) {
                String name = v.asText().toLowerCase(Locale.ROOT);
                name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
                if (types.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        /** A person, organisation or list of them as names joined with ", "; a plain string as it is. */
        private static String names(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isArray()) {
                List<String> all = new ArrayList<>();
                for (JsonNode e : n) {
                    String s = names(e);
                    if (s != null && !all.contains(s)) {
                        all.add(s);
                    }
                }
                return all.isEmpty() ? null : String.join(", ", all);
            }
            return n.isObject() ? string(n.get("name")) : string(n);
        }

        private static String id(JsonNode n) {
            return n != null && n.isObject() ? string(n.get("@id")) : string(n);
        }

        private static String string(JsonNode n) {
            if (n == null || !n.isValueNode()) {
                return null;
            }
            String s = n.asText().strip();
            return s.isEmpty() ? null : s;
        }
    }
}
