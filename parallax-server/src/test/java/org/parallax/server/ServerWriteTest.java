package org.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.server.ServerApiTest.assertProblem;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.store.Workspace;

/** Writes through the API: each test gets its own workspace and server. */
class ServerWriteTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private ParallaxServer server;

    private ApiClient start(ServerSettings settings) throws IOException {
        workspace = Workspace.open(dir, ServerApiTest.FAST);
        server = ParallaxServer.start(workspace, settings);
        return new ApiClient(server);
    }

    private ApiClient start() throws IOException {
        return start(ServerSettings.defaults().withAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void oneJsonObjectIsAddedThenADuplicate() throws IOException {
        ApiClient api = start();
        HttpResponse<String> r = api.post("/api/v1/articles", "application/json", Fixtures.SCOPE1);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("/api/v1/articles/scope1", r.headers().firstValue("Location").orElse(""));
        JsonNode body = ApiClient.json(r);
        assertEquals(1, body.get("added").asInt());
        JsonNode item = body.get("results").get(0);
        assertEquals("added", item.get("status").asText());
        assertEquals("scope1", item.get("articleId").asText());
        String eventId = item.get("eventId").asText();
        assertEquals("[\"" + eventId + "\"]", body.get("events").toString());
        assertEquals(eventId, ApiClient.json(api.get("/api/v1/articles/scope1")).get("eventId").asText());

        HttpResponse<String> again = api.post("/api/v1/articles", "application/json; charset=utf-8",
                Fixtures.SCOPE1);
        assertEquals(200, again.statusCode(), again.body());
        JsonNode dup = ApiClient.json(again).get("results").get(0);
        assertEquals("duplicate", dup.get("status").asText());
        assertEquals("scope1", dup.get("articleId").asText());
        assertEquals(1, ApiClient.json(api.get("/health")).get("articles").asInt());
    }

    @Test
    void jsonLinesWithOneBadLineAnswer207WithAResultPerLine() throws IOException {
        ApiClient api = start();
        String body = Fixtures.FERRY1 + "\n{\"title\": \"a record missing its closing brace\"\n" + Fixtures.FERRY2
                + "\n";
        HttpResponse<String> r = api.post("/api/v1/articles", "application/x-ndjson", body);
        assertEquals(207, r.statusCode(), r.body());
        JsonNode result = ApiClient.json(r);
        assertEquals(2, result.get("added").asInt());
        assertEquals(1, result.get("errors").asInt());
        JsonNode results = result.get("results");
        assertEquals("added", results.get(0).get("status").asText());
        assertEquals(1, results.get(0).get("line").asInt());
        assertEquals("error", results.get(1).get("status").asText());
        assertEquals(2, results.get(1).get("line").asInt());
        assertTrue(results.get(1).get("message").asText().startsWith("line 2: not valid JSON"),
                results.get(1).toString());
        assertTrue(results.get(1).get("articleId").isNull());
        assertEquals("ferry2", results.get(2).get("articleId").asText());
        assertEquals(results.get(0).get("eventId"), results.get(2).get("eventId"), "one event");
    }

    @Test
    void aJsonArrayAndTheJsonlMediaType() throws IOException {
        ApiClient api = start();
        HttpResponse<String> r = api.post("/api/v1/articles", "application/json",
                "[" + Fixtures.SCOPE1 + ",\n" + Fixtures.SCOPE2 + "]");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(2, ApiClient.json(r).get("added").asInt());
        assertTrue(r.headers().firstValue("Location").isEmpty());
        HttpResponse<String> l = api.post("/api/v1/articles", "application/jsonl", Fixtures.BAKERY);
        assertEquals(201, l.statusCode(), l.body());
    }

    @Test
    void anUploadWithNothingUsableIsA400ProblemListingEachLine() throws IOException {
        ApiClient api = start();
        HttpResponse<String> r = assertProblem(api.post("/api/v1/articles", "application/x-ndjson",
                "{\"title\":\"no text\"}\nnot json\n"), 400, "no-articles-accepted", "see results");
        JsonNode results = ApiClient.json(r).get("results");
        assertEquals(2, results.size());
        assertTrue(results.get(0).get("message").asText().startsWith("line 1: record has no text; give"),
                results.toString());
        assertTrue(results.get(1).get("message").asText().startsWith("line 2: not valid JSON"));
        assertProblem(api.post("/api/v1/articles", "application/json", "{\"text\": "), 400, "invalid-json",
                "application/x-ndjson");
        assertProblem(api.post("/api/v1/articles", "application/json", ""), 400, "empty-body", "at least one");
        assertProblem(api.post("/api/v1/articles", "text/plain", Fixtures.SCOPE1), 415, "unsupported-media-type",
                "Content-Type: application/json");
        assertEquals(0, ApiClient.json(api.get("/health")).get("articles").asInt());
    }

    @Test
    void bodyAndArticleLimitsAnswer413AndAPerLineError() throws IOException {
        ApiClient api = start(ServerSettings.defaults().withAddress("127.0.0.1", 0).withLimits(2_000, 300));
        String big = Fixtures.allLines();
        assertTrue(big.length() > 2_000);
        assertProblem(api.post("/api/v1/articles", "application/x-ndjson", big), 413, "body-too-large",
                "at most 2000 bytes (2.0 KiB); this one is " + big.length() + " bytes. Split the batch");
        // without a Content-Length (chunked), the body is read up to the limit and refused there
        byte[] chunk = big.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(chunk.length)
                + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(chunk);
            socket.getOutputStream().write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413 "), response);
            assertTrue(response.contains("this one is larger than that. Split the batch"), response);
        }
        assertEquals(0, ApiClient.json(api.get("/health")).get("articles").asInt());
        String longText = Fixtures.record("long1", "Long", "word ".repeat(70), "2032-01-01", "https://x.example/l",
                "X");
        HttpResponse<String> r = api.post("/api/v1/articles", "application/x-ndjson",
                Fixtures.BAKERY + "\n" + longText + "\n");
        assertEquals(207, r.statusCode(), r.body());
        assertEquals("line 2: text is 350 characters, over the limit of 300",
                ApiClient.json(r).get("results").get(1).get("message").asText());
    }

    @Test
    void withATokenWritesNeedTheBearerHeader() throws IOException {
        ApiClient api = start(ServerSettings.defaults().withAddress("127.0.0.1", 0).withToken("fjord-7-lantern"));
        HttpResponse<String> none = assertProblem(api.post("/api/v1/articles", "application/json", Fixtures.SCOPE1),
                401, "token-required", "Authorization: Bearer");
        assertEquals("Bearer realm=\"parallax\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertProblem(api.post("/api/v1/articles", "application/json", Fixtures.SCOPE1, "Authorization",
                "Bearer fjord-7-lanterm"), 403, "token-invalid", "does not match");
        assertEquals(201, api.post("/api/v1/articles", "application/json", Fixtures.SCOPE1, "Authorization",
                "Bearer fjord-7-lantern").statusCode());
        assertEquals(200, api.get("/api/v1/articles/scope1").statusCode(), "reads need no token");
    }

    @Test
    void browserPostsFromAnotherSiteAreRefused() throws IOException {
        ApiClient api = start();
        assertProblem(api.post("/api/v1/articles", "application/json", Fixtures.SCOPE1, "Origin",
                "https://elsewhere.example"), 403, "cross-origin-write", "another site");
    }

    @Test
    void aWriteChangesEveryETag() throws IOException {
        ApiClient api = start();
        api.post("/api/v1/articles", "application/json", Fixtures.SCOPE1);
        HttpResponse<String> before = api.get("/api/v1/events");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, api.get("/api/v1/events", "If-None-Match", etag).statusCode());
        api.post("/api/v1/articles", "application/json", Fixtures.BAKERY);
        HttpResponse<String> after = api.get("/api/v1/events", "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(2, ApiClient.json(after).get("total").asInt(), "the cached list is not served after a write");
    }

    @Test
    void exposedWithoutTokenIsWarnedAbout() {
        assertTrue(ServerSettings.defaults().exposureWarning().isEmpty());
        assertTrue(ServerSettings.defaults().withAddress("0.0.0.0", 8080).withToken("t").exposureWarning().isEmpty());
        String w = ServerSettings.defaults().withAddress("0.0.0.0", 8080).exposureWarning().orElseThrow();
        assertTrue(w.contains("writes (POST /api/v1/articles) are refused") && w.contains("--token"), w);
    }
}
