package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Citation;
import org.parallax.model.CitedSource;
import org.parallax.model.Claim;
import org.parallax.model.Description;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;
import org.parallax.model.Framing;
import org.parallax.model.Person;
import org.parallax.model.QuoteGroup;
import org.parallax.model.QuoteVariant;
import org.parallax.model.Syndication;
import org.parallax.model.TimelineEntry;

class DossierMarkdownTest {

    @Test
    void rendersEverySectionOfTheDossier() {
        String md = MarkdownReport.render(DossierJsonTest.withDossier(DossierJsonTest.smallDossier()));
        String dossier = md.substring(md.indexOf("### Dossier"), md.indexOf("### Harbour bridge"));
        assertEquals("""
                ### Dossier

                #### What the outlets agree on

                - The harbour bridge in Velmora reopened on Friday. (2 outlets: Northern Wire, Coastal Ledger)
                  - Northern Wire: Velmora's harbour bridge is open again, the town council said.
                  - Coastal Ledger: The harbour bridge in Velmora reopened on Friday.

                #### Where they differ

                - cars in the first hour (count)
                  - about 1,200: Coastal Ledger

                #### Figures

                | What | Value | Reported by |
                |---|---|---|
                | cars in the first hour | about 1,200 | Coastal Ledger |
                | cars in the first hour | 2\\.5 | Northern Wire |
                | cars in the first hour | 17 |  |
                | reopening date | 14 Mar 2031 | Coastal Ledger |

                #### Only one outlet says

                - Northern Wire: Velmora's harbour bridge is open again, the town council said.

                #### Quotes

                - Speaker not named
                  - Northern Wire: “open again” (via council)

                #### Who cites whom

                | Source | Northern Wire |
                |---|---|
                | the town council | said |

                #### Shared text

                - Northern Wire, Coastal Ledger (translated, 25% of the shorter article)
                  - “harbour bridge”

                #### People and organisations

                - Ines Varga (person), mentioned by Coastal Ledger
                  - Coastal Ledger: reporter

                #### Framing

                - Northern Wire: open again

                #### Timeline

                - 14 Mar 2031: The bridge reopened (Coastal Ledger)

                """, dossier);
    }

    @Test
    void dossierContentCannotInjectMarkdown() {
        String evil = "[x](javascript:alert(1)) <script>alert(2)</script> | *em*";
        Article a = new Article("a", "t", "unknown", null, null, null, null, "Some text " + evil, List.of());
        Evidence ev = new Evidence("a", evil, 10, 10 + evil.length());
        Dossier d = new Dossier(List.of(new Claim(evil, List.of("a"), List.of(ev))),
                List.of(new Figure(evil, evil, List.of(new FigureValue(evil, false, List.of("a"), List.of(ev))))),
                List.of(), List.of(new Claim(evil, List.of("a"), List.of(ev))),
                List.of(new QuoteGroup(evil, List.of(new QuoteVariant("a", evil, evil, 0, 1)))),
                List.of(new Citation("a", evil, evil, evil)), List.of(new CitedSource(evil, List.of("a"))),
                List.of(new Syndication(List.of("a"), List.of(evil), 1, evil)),
                List.of(new Person(evil, evil, List.of("a"), List.of(new Description(evil, "a")))),
                List.of(new Framing("a", List.of(evil))),
                List.of(new TimelineEntry(evil, evil, List.of("a"), List.of(ev))));
        Event e = new Event("e", "t", List.of("a"), null, null);
        String md = MarkdownReport.render(new Analysis(List.of(a), List.of(e), List.of(), Map.of(), Map.of("e", d)));
        String withoutEscapes = md.replaceAll("\\\\.", "");
        for (String raw : List.of("<script", "](", "*em*")) {
            assertFalse(withoutEscapes.contains(raw), raw + "\n" + md);
        }
        int columns = -1;
        for (String line : md.split("\n")) {
            // every row of a table has as many cell separators as its header: no | inside a cell escaped
            int bars = line.replaceAll("\\\\\\|", "").replaceAll("[^|]", "").length();
            if (!line.startsWith("|")) {
                columns = -1;
            } else if (columns < 0) {
                columns = bars;
            } else {
                assertEquals(columns, bars, line);
            }
        }
        assertTrue(md.contains("#### Timeline"), md);
    }
}
