package org.parallax.store;

import java.time.LocalDate;
import java.util.List;

import org.parallax.Settings;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

/** Invented articles about invented events, for the workspace tests. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    // the Korvath dam flood: three outlets, then a fourth report two days later
    static final RawArticle DAM1 = raw("dam1", "Korvath dam spillway fails, villages flooded",
            "The spillway of the Korvath dam failed on Monday night and water flooded the villages of Tessel and "
                    + "Brunmark. Engineer Mila Sorensen said the spillway gate jammed after three days of rain. "
                    + "About 1,200 residents of Tessel were moved to the school in Brunmark.",
            LocalDate.of(2031, 9, 1), "https://www.daily-lantern.example/news/korvath-dam", "Daily Lantern");
    static final RawArticle DAM2 = raw("dam2", "Floods in Tessel after Korvath dam gate jams",
            "Water from the Korvath dam reached Tessel and Brunmark after a spillway gate jammed, engineer Mila "
                    + "Sorensen told reporters. Some 1,200 people from Tessel spent the night in a Brunmark school. "
                    + "The regional council of Korvath called an emergency meeting.",
            LocalDate.of(2031, 9, 2), "https://northern-courier.example/korvath-floods", "Northern Courier");
    static final RawArticle DAM3 = raw("dam3", "Korvath council meets over dam failure",
            "The Korvath council met on Tuesday after the dam spillway failure flooded Tessel and Brunmark. "
                    + "Mila Sorensen, the dam engineer, said the jammed gate had passed its inspection in spring. "
                    + "Residents of Tessel may return home by Friday, the council said.",
            LocalDate.of(2031, 9, 2), "https://valley-post.example/2031/09/02/korvath-council", "Valley Post");
    static final RawArticle DAM4 = raw("dam4", "Tessel residents return after Korvath dam flood",
            "Residents of Tessel returned home on Thursday, three days after the Korvath dam spillway failed and "
                    + "flooded Tessel and Brunmark. Engineer Mila Sorensen said the jammed spillway gate of the "
                    + "Korvath dam would be replaced.",
            LocalDate.of(2031, 9, 4), "https://river-herald.example/tessel-return", "River Herald");

    // a chess final: two outlets
    static final RawArticle CHESS1 = raw("chess1", "Anouk Varga wins the Lindqvist Hall chess final",
            "Anouk Varga won the chess final at Lindqvist Hall in Aldport on Sunday, beating Pieter Olsen in 41 "
                    + "moves. Varga, 19, is the youngest winner of the Aldport open in its history.",
            LocalDate.of(2031, 8, 17), "https://board-weekly.example/varga-final", "Board Weekly");
    static final RawArticle CHESS2 = raw("chess2", "Varga beats Olsen in Aldport chess final",
            "Pieter Olsen resigned after 41 moves, and Anouk Varga took the Aldport open title at Lindqvist Hall. "
                    + "At 19, Varga is the youngest champion the Aldport chess open has had.",
            LocalDate.of(2031, 8, 18), "https://daily-lantern.example/sport/varga", "Daily Lantern");

    // a museum theft: one outlet
    static final RawArticle MUSEUM = raw("museum1", "Silver clock stolen from the Hallin museum",
            "A silver clock from 1740 was stolen from the Hallin town museum overnight, curator Jonas Wilde said. "
                    + "Police in Hallin are looking for a grey van seen near the museum.",
            LocalDate.of(2031, 7, 3), "https://valley-post.example/hallin-clock", "Valley Post");

    static final List<RawArticle> FIRST_BATCH = List.of(DAM1, DAM2, DAM3, CHESS1, CHESS2, MUSEUM);

    static RawArticle raw(String id, String title, String text, LocalDate published, String url, String outlet) {
        return new RawArticle(id, "fixtures/" + id + ".json", SourceFormat.JSON, title, null, published, url, outlet,
                "en", text);
    }

    /** The same article under another id and URL. */
    static RawArticle copy(RawArticle a, String id, String url) {
        return new RawArticle(id, "fixtures/" + id + ".json", a.format(), a.title(), a.author(), a.published(), url,
                a.outlet(), a.language(), a.text());
    }

    /** Settings without annotation (fast), on one thread. */
    static WorkspaceSettings fast() {
        return new WorkspaceSettings(Settings.defaults().withAnnotate(false).withThreads(1), 1_000_000);
    }
}
