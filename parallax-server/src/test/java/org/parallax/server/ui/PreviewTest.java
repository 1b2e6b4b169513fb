package org.parallax.server.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.Parallax;
import org.parallax.Settings;
import org.parallax.model.Analysis;
import org.parallax.model.Event;

class PreviewTest {
    @Test
    void preview() throws Exception {
        Path dir = Path.of("/tmp/webui-preview");
        Files.createDirectories(dir);
        StringBuilder jsonl = new StringBuilder();
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        for (var r : UiFixtures.ALL) {
            var n = m.createObjectNode();
            n.put("id", r.id()); n.put("source", r.outlet()); n.put("title", r.title()); n.put("author", r.author());
            n.put("published", r.published().toString()); n.put("url", r.url()); n.put("language", "en"); n.put("text", r.text());
            jsonl.append(m.writeValueAsString(n)).append('\n');
        }
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, jsonl);
        Analysis a = Parallax.analyze(List.of(in), Settings.defaults());
        for (Event e : a.events()) {
            System.out.println(e.id() + " " + e.title() + " " + e.articleIds());
            System.out.println("conflicts: " + a.dossierOf(e.id()).conflicts());
            System.out.println("quotes: " + a.dossierOf(e.id()).quotes());
            System.out.println("synd: " + a.dossierOf(e.id()).syndication().size());
            Analysis one = new Analysis(a.articles(), List.of(e), List.of(), a.annotations(), a.dossiers());
            Files.writeString(dir.resolve(e.id() + ".html"), DossierPage.render(one).html());
        }
        for (var art : a.articles()) {
            Files.writeString(dir.resolve("article-" + art.id() + ".html"), ArticlePage.render(
                    new org.parallax.store.StoredArticle(art, a.annotationsOf(art.id()), a.events().get(0).id()), "The event").html());
        }
    }
}
