package org.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.Settings;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

/** With annotation on, articles posted through the API come back as one event with its dossier. */
class AnnotatedDossierTest {

    @Test
    void postedArticlesOfOneEventGetADossier(@TempDir Path dir) throws IOException {
        WorkspaceSettings annotated = new WorkspaceSettings(Settings.defaults().withThreads(1), 1_000_000);
        try (Workspace workspace = Workspace.open(dir, annotated);
             ParallaxServer server = ParallaxServer.start(workspace,
                     ServerSettings.defaults().withAddress("127.0.0.1", 0))) {
            ApiClient api = new ApiClient(server);
            HttpResponse<String> r = api.post("/api/v1/articles", "application/x-ndjson",
                    String.join("\n", Fixtures.FERRY1, Fixtures.FERRY2, Fixtures.FERRY3));
            assertEquals(201, r.statusCode(), r.body());
            String eventId = ApiClient.json(r).get("events").get(0).asText();

            assertEquals(1, ApiClient.json(r).get("events").size(), "one event");

            JsonNode event = ApiClient.json(api.get("/api/v1/events/" + eventId));
            assertEquals("[\"ferry1\",\"ferry2\",\"ferry3\"]", event.get("articleIds").toString());
            // all three outlets report the walkout and Greta Holm's words
            JsonNode widest = event.get("consensus").get(0);
            assertEquals("[\"ferry1\",\"ferry2\",\"ferry3\"]", widest.get("articleIds").toString());
            assertEquals(3, widest.get("evidence").size());
            JsonNode cited = event.get("citedSources").get(0);
            assertEquals("Greta Holm", cited.get("source").asText());
            assertEquals("[\"ferry1\",\"ferry2\",\"ferry3\"]", cited.get("articleIds").toString());
            boolean rendered = false;
            for (JsonNode group : event.get("quotes")) {
                rendered |= group.get("speaker").asText().equals("Greta Holm") && group.get("variants").size() >= 2;
            }
            assertTrue(rendered, "a quote of Greta Holm in two renderings: " + event.get("quotes"));
            // the evidence offsets point into the article text the article route returns
            JsonNode evidence = widest.get("evidence").get(1);
            String text = ApiClient.json(api.get("/api/v1/articles/" + evidence.get("articleId").asText()))
                    .get("text").asText();
            assertEquals(evidence.get("sentence").asText(),
                    text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()));

            JsonNode article = ApiClient.json(api.get("/api/v1/articles/ferry1"));
            assertEquals(eventId, article.get("eventId").asText());
            assertEquals("Greta Holm", article.get("quotes").get(0).get("speaker").asText());
            boolean person = false;
            for (JsonNode e : article.get("entities")) {
                person |= e.get("canonical").asText().equals("Greta Holm") && e.get("type").asText().equals("PERSON");
            }
            assertTrue(person, article.get("entities").toString());
        }
    }
}
