package org.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.Settings;
import org.parallax.server.api.SecurityHeaders;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

/**
 * The read side of the API against a real workspace holding six invented articles (three events), filled through
 * the API itself. Nothing here writes after the fill, so the tests may run in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerApiTest {
    static final WorkspaceSettings FAST = new WorkspaceSettings(Settings.defaults().withAnnotate(false)
            .withThreads(1), 1_000_000);

    @TempDir
    static Path dir;

    private Workspace workspace;
    private ParallaxServer server;
    private ApiClient api;
    private String ferryEvent;

    @BeforeAll
    void fill() throws IOException {
        workspace = Workspace.open(dir, FAST);
        server = ParallaxServer.start(workspace, ServerSettings.defaults().withAddress("127.0.0.1", 0));
        api = new ApiClient(server);
        HttpResponse<String> r = api.post("/api/v1/articles", "application/x-ndjson", Fixtures.allLines());
        assertEquals(201, r.statusCode(), r.body());
        ferryEvent = ApiClient.json(api.get("/api/v1/articles/ferry1")).get("eventId").asText();
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
        workspace.close();
    }

    @Test
    void healthCountsTheWorkspace() {
        HttpResponse<String> r = api.get("/health");
        assertEquals(200, r.statusCode());
        JsonNode h = ApiClient.json(r);
        assertEquals("ok", h.get("status").asText());
        assertEquals(6, h.get("articles").asLong());
        assertEquals(3, h.get("events").asLong());
        assertEquals(workspace.generation(), h.get("generation").asLong());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void eventsArePagedWithNextAndPrevLinks() {
        HttpResponse<String> first = api.get("/api/v1/events?size=2");
        assertEquals(200, first.statusCode(), first.body());
        JsonNode p1 = ApiClient.json(first);
        assertEquals(3, p1.get("total").asLong());
        assertEquals(1, p1.get("page").asInt());
        assertEquals(2, p1.get("items").size());
        assertEquals("/api/v1/events?size=2&page=2", p1.get("next").asText());
        assertTrue(p1.get("prev").isNull());
        assertEquals("</api/v1/events?size=2&page=2>; rel=\"next\"", first.headers().firstValue("Link").orElse(""));
        // newest first: the ferry strike (March), then the telescope (February)
        JsonNode ferry = p1.get("items").get(0);
        assertEquals(ferryEvent, ferry.get("id").asText());
        assertEquals(3, ferry.get("articles").asInt());
        assertEquals("[\"Bay Gazette\",\"Coastline News\",\"Harbour Times\"]", ferry.get("outlets").toString());
        assertEquals("2032-03-09", ferry.get("start").asText());
        assertEquals("2032-03-10", ferry.get("end").asText());
        assertEquals("/api/v1/events/" + ferryEvent, ferry.get("href").asText());

        JsonNode p2 = ApiClient.json(api.get(p1.get("next").asText()));
        assertEquals(1, p2.get("items").size());
        assertTrue(p2.get("next").isNull());
        assertEquals("/api/v1/events?size=2&page=1", p2.get("prev").asText());
        assertEquals("Ostrava Lane bakery wins the rye bread prize", p2.get("items").get(0).get("title").asText());
    }

    @Test
    void eventsFilterByOutletDatesAndText() {
        assertEquals(List.of(ferryEvent), ids(api.get("/api/v1/events?outlet=Coastline%20News")));
        assertEquals(2, ids(api.get("/api/v1/events?outlet=Bay%20Gazette")).size());
        assertEquals(1, ids(api.get("/api/v1/events?from=2032-02-01&to=2032-02-28")).size());
        assertEquals(List.of(ferryEvent), ids(api.get("/api/v1/events?q=commuters")));
        assertEquals(0, ApiClient.json(api.get("/api/v1/events?q=zeppelin")).get("total").asLong());
    }

    private static List<String> ids(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        List<String> ids = new ArrayList<>();
        ApiClient.json(r).get("items").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    @Test
    void badParametersAreProblemsThatSayWhatIsAllowed() {
        assertProblem(api.get("/api/v1/events?page=0"), 400, "bad-parameter", "page must be a whole number from 1");
        assertProblem(api.get("/api/v1/events?size=1000"), 400, "bad-parameter",
                "size must be a whole number from 1 to 100, was '1000'");
        assertProblem(api.get("/api/v1/events?size=ten"), 400, "bad-parameter", "was 'ten'");
        assertProblem(api.get("/api/v1/events?from=notadate"), 400, "bad-parameter",
                "from must be a date as YYYY-MM-DD");
        assertProblem(api.get("/api/v1/events?from=2032-03-01&to=2032-02-01"), 400, "bad-parameter", "swap them");
        assertProblem(api.get("/api/v1/search"), 400, "bad-parameter", "give the parameter q");
        assertProblem(api.get("/api/v1/search?q=" + "a".repeat(501)), 400, "bad-parameter", "at most 500");
        assertProblem(api.get("/api/v1/search?q=ferry&limit=0"), 400, "bad-parameter", "limit must be");
    }

    @Test
    void unknownThingsAre404Problems() {
        HttpResponse<String> r = assertProblem(api.get("/api/v1/nothing-here"), 404, "no-such-route",
                "/api/v1/openapi.json lists its routes");
        assertEquals("/api/v1/nothing-here", ApiClient.json(r).get("instance").asText());
        assertProblem(api.get("/api/v1/events/0000000000000000"), 404, "not-found", "GET /api/v1/events?q=");
        assertProblem(api.get("/api/v1/articles/nobody"), 404, "not-found", "there is no article 'nobody'");
        HttpResponse<String> post = assertProblem(api.post("/api/v1/events", "application/json", "{}"), 405,
                "method-not-allowed", "POST is not allowed on /api/v1/events; use GET or HEAD");
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        // refused by Jetty before the application sees it: still a problem, with the security headers
        String malformed = raw("GET /api/v1/events/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(malformed.startsWith("HTTP/1.1 400 "), malformed);
        assertTrue(malformed.contains("\r\nContent-Type: application/problem+json\r\n"), malformed);
        assertTrue(malformed.contains("\r\nContent-Security-Policy: " + SecurityHeaders.CSP + "\r\n"), malformed);
        assertTrue(malformed.contains("\"type\":\"urn:parallax:problem:http-400\""), malformed);
    }

    @Test
    void eventIsTheEventsJsonObjectWithItsArticlesMetadata() {
        HttpResponse<String> r = api.get("/api/v1/events/" + ferryEvent);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode e = ApiClient.json(r);
        List<String> fields = new ArrayList<>();
        e.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "title", "articleIds", "start", "end", "consensus", "figures", "conflicts",
                "uniqueClaims", "quotes", "attributions", "citedSources", "syndication", "people", "framing",
                "timeline", "articles"), fields);
        assertEquals("[\"ferry1\",\"ferry2\",\"ferry3\"]", e.get("articleIds").toString());
        assertEquals("{\"id\":\"ferry2\",\"title\":\"Commuters stranded as Marrowby ferry strike begins\","
                + "\"outlet\":\"Coastline News\",\"author\":null,\"published\":\"2032-03-09\","
                + "\"url\":\"https://coastline-news.example/marrowby-ferry\",\"language\":\"en\"}",
                e.get("articles").get(1).toString());
    }

    @Test
    void articleIsTheEventsJsonObjectWithItsEventId() {
        HttpResponse<String> r = api.get("/api/v1/articles/scope2");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = ApiClient.json(r);
        List<String> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "title", "outlet", "author", "published", "publishedSource", "modified", "url",
                "language", "text", "removed", "entities", "quotes", "quantities", "dates", "attributions", "eventId"), fields);
        assertEquals("Starwatch", a.get("outlet").asText());
        assertTrue(a.get("text").asText().startsWith("A mirror telescope opened at the Quillon observatory"));
        assertEquals(ApiClient.json(api.get("/api/v1/articles/scope1")).get("eventId"), a.get("eventId"));
    }

    @Test
    void searchFindsArticlesWithMarkedSnippetFragments() {
        HttpResponse<String> r = api.get("/api/v1/search?q=telescope");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode s = ApiClient.json(r);
        assertEquals("telescope", s.get("query").asText());
        JsonNode hits = s.get("hits");
        assertEquals(2, hits.size(), hits.toString());
        List<String> found = new ArrayList<>();
        for (JsonNode h : hits) {
            assertEquals("article", h.get("kind").asText());
            found.add(h.get("articleId").asText());
            boolean marked = false;
            for (JsonNode f : h.get("snippet")) {
                marked |= f.get("match").asBoolean() && f.get("text").asText().equalsIgnoreCase("telescope");
            }
            assertTrue(marked, h.toString());
        }
        found.sort(null);
        assertEquals(List.of("scope1", "scope2"), found);
        assertEquals(0, ApiClient.json(api.get("/api/v1/search?q=zeppelin")).get("hits").size());
        // query syntax typed by accident is searched as words or refused with a problem, never a 500
        for (String q : List.of("%22unclosed", "title:(", "*", "AND", "te%5Clescope~", "%2B%2D%21")) {
            int status = api.get("/api/v1/search?q=" + q).statusCode();
            assertTrue(status == 200 || status == 400, q + " gave " + status);
        }
    }

    @Test
    void outletsCountArticlesAndEvents() {
        JsonNode o = ApiClient.json(api.get("/api/v1/outlets")).get("outlets");
        assertEquals(4, o.size());
        assertEquals("{\"outlet\":\"Bay Gazette\",\"articles\":2,\"events\":2,\"cites\":[]}", o.get(0).toString());
        assertEquals("Starwatch", o.get(3).get("outlet").asText());
    }

    @Test
    void readsCarryAnETagAndAnswer304WhileNothingChanged() {
        for (String path : List.of("/api/v1/events?size=2", "/api/v1/events/" + ferryEvent, "/api/v1/articles/ferry1",
                "/api/v1/search?q=ferry", "/api/v1/outlets", "/api/v1/openapi.json")) {
            HttpResponse<String> first = api.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.matches("W/\"[0-9a-z]+-[0-9a-f]+\""), etag);
            assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""), path);
            assertEquals(etag, api.get(path).headers().firstValue("ETag").orElseThrow(), path);
            HttpResponse<String> again = api.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
            assertEquals(304, api.get(path, "If-None-Match", etag.substring(2)).statusCode(), "weak comparison");
            assertEquals(200, api.get(path, "If-None-Match", "\"other\"").statusCode(), path);
            HttpResponse<String> head = api.head(path);
            assertEquals(200, head.statusCode(), path);
            assertEquals(etag, head.headers().firstValue("ETag").orElse(""), path);
            assertEquals("", head.body());
        }
        assertNotEquals(api.get("/api/v1/events?size=2").headers().firstValue("ETag"),
                api.get("/api/v1/events?size=3").headers().firstValue("ETag"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> r : List.of(api.get("/health"), api.get("/api/v1/events"),
                api.get("/api/v1/events?page=0"), api.get("/nowhere"), api.get("/api/v1/openapi.json"),
                api.post("/api/v1/articles", "text/plain", "hello"))) {
            assertEquals(SecurityHeaders.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""),
                    r.uri().toString());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        }
        assertTrue(SecurityHeaders.CSP.startsWith("default-src 'none'; script-src 'self';"));
    }

    @Test
    void openApiParsesAndDescribesEveryRoute() {
        HttpResponse<String> r = api.get("/api/v1/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = ApiClient.json(r);
        assertTrue(doc.get("openapi").asText().startsWith("3.0"));
        JsonNode paths = doc.get("paths");
        assertEquals(8, server.apiRoutes().size());
        for (String route : server.apiRoutes()) {
            String[] mp = route.split(" ", 2);
            JsonNode path = paths.get(mp[1]);
            assertTrue(path != null && path.has(mp[0].toLowerCase(java.util.Locale.ROOT)),
                    route + " is not in openapi.json");
            JsonNode op = path.get(mp[0].toLowerCase(java.util.Locale.ROOT));
            assertTrue(op.has("responses") && op.has("operationId"), route);
        }
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(p -> paths.get(p).fieldNames().forEachRemaining(
                m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p)));
        documented.sort(null);
        List<String> registered = new ArrayList<>(server.apiRoutes());
        registered.sort(null);
        assertEquals(registered, documented);
        assertFalse(doc.at("/components/schemas/Problem/required").isMissingNode());
    }

    /** Sends {@code request} as it is over a plain socket (for requests java.net.http refuses to send). */
    private String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a problem response and returns it. */
    static HttpResponse<String> assertProblem(HttpResponse<String> r, int status, String kind, String detailPart) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode p = ApiClient.json(r);
        assertEquals("urn:parallax:problem:" + kind, p.get("type").asText(), r.body());
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.get("title").asText().isBlank());
        assertTrue(p.get("detail").asText().contains(detailPart), p.get("detail").asText());
        assertEquals(r.uri().getPath(), p.get("instance").asText());
        assertFalse(r.body().contains("at org."), "no stack trace");
        return r;
    }
}
