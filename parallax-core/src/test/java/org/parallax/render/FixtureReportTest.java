package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Writes the fixture dossier's report into {@code target/dossier-fixture} (where it can be opened in a browser) and
 * checks that every in-page link of the event page lands on an element of the page.
 */
class FixtureReportTest {

    @Test
    void everyDossierLinkLandsOnAnAnchor() throws IOException {
        Path dir = Path.of("target", "dossier-fixture");
        Reports.writeAll(DossierFixtures.analysis(), dir);
        Path page = dir.resolve(HtmlReport.EVENTS_FOLDER).resolve("f00d.html");
        Document doc = Jsoup.parse(Files.readString(page));
        Set<String> ids = new HashSet<>(doc.select("[id]").eachAttr("id"));
        int links = 0;
        for (Element a : doc.select("a[href^=#]")) {
            String target = a.attr("href").substring(1);
            assertTrue(ids.contains(target), "dangling " + a.outerHtml());
            links++;
        }
        assertTrue(links > 30, "links: " + links);
        assertEquals(doc.select("[id]").size(), ids.size(), "ids are unique");
    }
}
