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

            JsonNode event = ApiClient.json(api.get("/api/v1/events/" + eventId));
            System.out.println(event.toPrettyString());
            assertEquals("[\"ferry1\",\"ferry2\",\"ferry3\"]", event.get("articleIds").toString());
            JsonNode article = ApiClient.json(api.get("/api/v1/articles/ferry1"));
            System.out.println(article.toPrettyString());
        }
    }
}
