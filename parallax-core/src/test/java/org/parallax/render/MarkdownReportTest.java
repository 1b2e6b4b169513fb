package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Event;

class MarkdownReportTest {

    @Test
    void rendersEventsNewestFirstWithTheirArticles() {
        assertEquals("""
                # Parallax report

                2 events, 3 articles from 3 outlets.

                ## Harbour bridge in Velmora reopens after repairs

                14–15 Mar 2031 · 2 articles · 2 outlets: Coastal Ledger, Northern Wire

                ### Harbour bridge in Velmora reopens after repairs

                - Outlet: Coastal Ledger
                - Published: 14 Mar 2031
                - Author: Ines Varga
                - URL: <https://ledger.example/velmora-bridge>
                - ID: b2

                The harbour bridge in Velmora reopened on Friday.

                About 1,200 cars crossed it in the first hour.

                <details>
                <summary>Removed by the cleaner (2 lines)</summary>

                - Share this story
                - Photo: Ledger archive

                </details>

                ### Velmora bridge open again

                - Outlet: Northern Wire
                - Published: 15 Mar 2031
                - URL: <https://wire.example/a1>
                - ID: a1

                Velmora's harbour bridge is open again, the town council said.

                ## Ferry crews in Velmora plan a strike

                Date unknown · 1 article · 1 outlet: unknown

                ### Untitled article

                - Outlet: unknown
                - Published: unknown
                - ID: c3

                Ferry crews in Velmora plan a one-day strike.
                """, MarkdownReport.render(Fixtures.analysis()));
    }

    @Test
    void contentCannotInjectLinksOrHtml() {
        Article a = new Article("x1", "[Win](javascript:alert(1)) <img src=x onerror=alert(1)>", "*Evil* Times",
                "<b>Mallory</b>", LocalDate.of(2031, 1, 2), "javascript:alert(1)", "en",
                "Hundreds gathered </p><script>alert(1)</script>\n\n[more](https://evil.example)",
                List.of("<iframe src=//evil.example>"));
        Event e = new Event("e1", "<script>alert(1)</script>", List.of("x1"), null, null);
        String md = MarkdownReport.render(new Analysis(List.of(a), List.of(e), List.of()));
        assertTrue(md.contains("## \\<script\\>alert(1)\\</script\\>\n"), md);
        assertTrue(md.contains("### \\[Win\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>\n"), md);
        assertTrue(md.contains("- Outlet: \\*Evil\\* Times\n"), md);
        assertTrue(md.contains("- Author: \\<b\\>Mallory\\</b\\>\n"), md);
        assertTrue(md.contains("- URL: javascript:alert(1)\n"), md);
        assertTrue(md.contains("\\[more\\](https://evil.example)"), md);
        assertTrue(md.contains("- \\<iframe src=//evil.example\\>\n"), md);
        String withoutEscapes = md.replaceAll("\\\\.", "");
        for (String raw : List.of("<script", "<img", "<b>", "<iframe", "](", "<javascript")) {
            assertFalse(withoutEscapes.contains(raw), raw);
        }
    }

    @Test
    void saysSoWhenThereIsNothing() {
        assertEquals("# Parallax report\n\n0 events, 0 articles from 0 outlets.\n\nNo events: no article could be read.\n",
                MarkdownReport.render(new Analysis(List.of(), List.of(), List.of())));
    }
}
