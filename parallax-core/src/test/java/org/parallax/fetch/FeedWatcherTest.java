package org.parallax.fetch;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.IngestSettings;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;
import org.parallax.text.Sha256;

class FeedWatcherTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-09-05T06:00:00Z"), ZoneOffset.UTC);

    private final TestServer server = startServer();
    private final FetchLog log = new MemoryFetchLog();
    private final Fetcher fetcher = new Fetcher(FetcherTest.quick());
    private final PageCollector pages = new PageCollector(fetcher, log, CLOCK, IngestSettings.defaults());
    private final FeedWatcher watcher = new FeedWatcher(fetcher, log, pages, CLOCK);
    private final List<String> heard = new ArrayList<>();
    private final FetchListener listener = new FetchListener() {
        @Override
        public void feedPolled(String feedUrl, int items, int fresh) {
            heard.add("feed " + path(feedUrl) + ": " + items + " items, " + fresh + " new");
        }

        @Override
        public void feedUnchanged(String feedUrl) {
            heard.add("feed " + path(feedUrl) + ": not modified");
        }

        @Override
        public void fetched(String url, RawArticle article) {
            heard.add("fetched " + path(url));
        }

        @Override
        public void skipped(String url, String reason) {
            heard.add("skipped " + path(url) + ": " + reason);
        }
    };

    @TempDir
    Path dir;

    private static TestServer startServer() {
        try {
            return new TestServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String path(String url) {
        return url.replace(server.url(""), "");
    }

    static String page(String title, String body, String head) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title>" + head + "</head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>" + body
                + "</article></body></html>";
    }

    private String rss(String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                + "<channel><title>Harbour Gazette</title><link>" + server.url("/") + "</link>"
                + "<description>News</description>");
        for (String item : items) {
            sb.append("<item><title>").append(item).append("</title><link>/news/").append(item)
                    .append("</link><pubDate>Thu, 04 Sep 2031 07:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private void serveFeedWithEtag(String path, String body) {
        server.on(path, ex -> {
            if ("\"feed-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"feed-1\"");
                TestServer.send(ex, 200, "application/rss+xml; charset=utf-8", body.getBytes(UTF_8));
            }
        });
    }

    private void servePage(String path, String html) {
        server.serve(path, "text/html; charset=utf-8", html.getBytes(UTF_8));
    }

    @Test
    void pollsAFeedFetchesNewItemsAndGetsNotModifiedTheSecondTime() {
        serveFeedWithEtag("/rss", rss("ferry", "fair"));
        servePage("/news/ferry", page("Ferry returns", "<p>The night ferry returned to service on Wednesday after "
                + "repairs to its engines, the operator said.</p>", ""));
        servePage("/news/fair", page("Fair opens", "<p>The autumn fair opened with a parade of boats and a brass "
                + "band on the quay.</p>", "<meta property=\"article:published_time\" content=\"2031-09-03\">"));
        List<RawArticle> got = new ArrayList<>();

        int first = watcher.poll(List.of(server.url("/rss")), got::addAll, listener);
        int second = watcher.poll(List.of(server.url("/rss")), got::addAll, listener);

        assertEquals(2, first);
        assertEquals(0, second);
        assertEquals(List.of("feed /rss: 2 items, 2 new", "fetched /news/ferry", "fetched /news/fair",
                "feed /rss: not modified"), heard);
        RawArticle ferry = got.get(0);
        assertEquals("Ferry returns", ferry.title());
        assertEquals(server.url("/news/ferry"), ferry.url());
        assertEquals("127.0.0.1", ferry.outlet());
        assertEquals("127.0.0.1-" + Sha256.hex(server.url("/news/ferry")).substring(0, 12), ferry.id());
        // No date in the page: the fetch date is the date of last resort; the fair page has its own.
        assertEquals(LocalDate.of(2031, 9, 5), ferry.published());
        assertEquals(LocalDate.of(2031, 9, 3), got.get(1).published());
        assertEquals("\"feed-1\"", server.requests().stream().filter(r -> r.path().equals("/rss"))
                .skip(1).findFirst().orElseThrow().headers().getFirst("If-None-Match"));
    }

    @Test
    void anItemAlreadyFetchedIsNotFetchedAgainEvenWhenTheFeedChanges() {
        server.on("/rss", ex -> TestServer.send(ex, 200, "application/rss+xml", rss("ferry").getBytes(UTF_8)));
        servePage("/news/ferry", page("Ferry returns", "<p>The night ferry returned to service on Wednesday.</p>",
                ""));

        watcher.poll(List.of(server.url("/rss")), a -> { }, listener);
        watcher.poll(List.of(server.url("/rss")), a -> { }, listener);

        assertEquals(List.of("feed /rss: 1 items, 1 new", "fetched /news/ferry", "feed /rss: 1 items, 0 new"),
                heard);
        assertEquals(1, server.paths().stream().filter(p -> p.equals("/news/ferry")).count());
    }

    @Test
    void theSameArticleUnderAnotherUrlIsADuplicate() {
        String canonical = "<link rel=\"canonical\" href=\"" + server.url("/news/ferry") + "\">";
        String body = "<p>The night ferry returned to service on Wednesday after repairs.</p>";
        servePage("/news/ferry", page("Ferry returns", body, canonical));
        servePage("/news/ferry?utm_source=rss", page("Ferry returns", body, canonical));
        servePage("/mirror/ferry", page("Ferry returns", body, ""));

        assertTrue(pages.collect(server.url("/news/ferry"), listener).isPresent());
        assertTrue(pages.collect(server.url("/news/ferry?utm_source=rss"), listener).isEmpty());
        assertTrue(pages.collect(server.url("/mirror/ferry"), listener).isEmpty());
        assertTrue(pages.collect(server.url("/news/ferry#comments"), listener).isEmpty());

        assertEquals(List.of("fetched /news/ferry",
                "skipped /news/ferry?utm_source=rss: same canonical URL as an article already fetched ("
                        + server.url("/news/ferry") + ")",
                "skipped /mirror/ferry: same text as an article already fetched",
                "skipped /news/ferry: already fetched"), heard);
    }

    @Test
    void aFeedWithBrokenXmlIsReportedAndTheOthersAreRead() {
        server.serve("/broken", "application/rss+xml", "<rss><channel><title>Oops</channel>".getBytes(UTF_8));
        server.serve("/atom", "application/atom+xml", ("<?xml version=\"1.0\"?><feed "
                + "xmlns=\"http://www.w3.org/2005/Atom\"><title>Lakeside</title><id>urn:x</id>"
                + "<updated>2031-09-04T00:00:00Z</updated><entry><title>Regatta</title><id>urn:r</id>"
                + "<link href=\"" + server.url("/news/regatta") + "\"/><updated>2031-09-04T00:00:00Z</updated>"
                + "</entry></feed>").getBytes(UTF_8));
        servePage("/news/regatta", page("Regatta postponed", "<p>The regatta was postponed by a week because of "
                + "the wind.</p>", ""));

        int n = watcher.poll(List.of(server.url("/broken"), server.url("/atom")), a -> { }, listener);

        assertEquals(1, n);
        assertEquals(3, heard.size(), heard::toString);
        assertTrue(heard.get(0).startsWith("skipped /broken: not a readable RSS or Atom feed: "), heard::toString);
        assertEquals(List.of("feed /atom: 1 items, 1 new", "fetched /news/regatta"), heard.subList(1, 3));
    }

    @Test
    void aMisdeclaredCharsetIsOverruledByThePage() {
        // The header says Latin-1, the page says (and is) UTF-8.
        server.serve("/utf8", "text/html; charset=ISO-8859-1", page("Café reopens", "<p>The café on the pier "
                + "reopened, and Zoë Brandt served the first crêpes.</p>", "<meta charset=\"utf-8\">")
                .getBytes(UTF_8));
        // The header says UTF-8, the page says (and is) Windows-1252.
        server.serve("/latin", "text/html; charset=utf-8", page("Müller wins", "<p>Jörg Müller won the "
                + "regatta’s final race.</p>", "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                + "charset=windows-1252\">").getBytes(Charset.forName("windows-1252")));
        // The header is right and the page says nothing.
        server.serve("/header", "text/html; charset=ISO-8859-1", page("Señor Ruiz", "<p>Señor Ruiz opened the "
                + "exhibition.</p>", "").getBytes(ISO_8859_1));

        RawArticle utf8 = pages.collect(server.url("/utf8"), listener).orElseThrow();
        RawArticle latin = pages.collect(server.url("/latin"), listener).orElseThrow();
        RawArticle header = pages.collect(server.url("/header"), listener).orElseThrow();

        assertEquals("Café reopens", utf8.title());
        assertTrue(utf8.text().endsWith("Zoë Brandt served the first crêpes."), utf8.text());
        assertEquals("Müller wins", latin.title());
        assertTrue(latin.text().endsWith("Jörg Müller won the regatta’s final race."), latin.text());
        assertEquals("Señor Ruiz", header.title());
    }

    @Test
    void aPageWithoutArticleAndAFailedPageAreSkippedWithTheReason() {
        servePage("/empty", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");

        pages.collect(server.url("/empty"), listener);
        pages.collect(server.url("/missing"), listener);
        pages.collect("mailto:desk@example.org", listener);

        assertEquals(List.of("skipped /empty: no article text found in the page", "skipped /missing: HTTP status 404",
                "skipped mailto:desk@example.org: not an http(s) URL"), heard);
        // A failure is tried again next time; a page without an article is not.
        assertEquals(false, pages.known(server.url("/missing")));
        assertEquals(true, pages.known(server.url("/empty")));
    }

    @Test
    void feedsComeFromUrlsOpmlFilesAndListsOfUrls() throws IOException {
        Path opml = dir.resolve("subscriptions.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>My feeds</title></head><body>
                  <outline text="Local">
                    <outline text="Harbour Gazette" type="rss" xmlUrl="https://harbourgazette.example/rss"/>
                    <outline text="Lakeside" type="rss" xmlUrl="https://lakeside.example/atom.xml"/>
                  </outline>
                  <outline text="Folder without feed"/>
                  <outline text="Again" type="rss" xmlUrl="https://harbourgazette.example/rss"/>
                </body></opml>
                """);
        Path list = dir.resolve("feeds.txt");
        Files.writeString(list, "# my feeds\nhttps://valley.example/feed\n\nnot a url\n");
        List<Problem> problems = new ArrayList<>();

        List<String> feeds = FeedSources.resolve(List.of(opml.toString(), list.toString(),
                "https://lakeside.example/atom.xml#top", dir.resolve("missing.opml").toString()), problems::add);

        assertEquals(List.of("https://harbourgazette.example/rss", "https://lakeside.example/atom.xml",
                "https://valley.example/feed"), feeds);
        assertEquals(List.of(list + ":4: skipped: not an http(s) URL: not a url",
                dir.resolve("missing.opml") + ": skipped: not a URL, and the file cannot be read ("
                        + dir.resolve("missing.opml") + ")"), problems.stream().map(Problem::toString).toList());
    }
}
