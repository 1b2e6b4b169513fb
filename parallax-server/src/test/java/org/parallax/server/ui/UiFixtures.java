package org.parallax.server.ui;

import java.time.LocalDate;
import java.util.List;

import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

/**
 * Invented articles for the web UI tests: four outlets on the collapse of the (fictional) Kestrel Bridge in Port
 * Averlin, disagreeing on how many people were hurt and sharing the mayor's words and a wire paragraph, and two
 * articles on an orchard festival in Linden Vale.
 */
final class UiFixtures {
    static final String WIRE_PARAGRAPH = "Engineers from the regional transport office arrived at the site on Friday "
            + "afternoon and closed both approaches to the bridge. Ferry crossings between the two halves of the "
            + "town were doubled to carry commuters until further notice.";
    static final String MAYOR_QUOTE = "We will rebuild the Kestrel Bridge before the winter storms";

    static final RawArticle LEDGER = json("ledger-bridge", "Coastal Ledger", "Kestrel Bridge collapses in Port "
            + "Averlin, twelve injured", "Mara Osei", "2031-03-14",
            "https://coastal-ledger.example/2031/kestrel-bridge",
            "Twelve people were injured when a span of the Kestrel Bridge collapsed in Port Averlin on Friday "
                    + "morning, the Averlin fire service said.\n\n"
                    + "The span fell into the Averlin river shortly after eight o'clock, as the first commuter buses "
                    + "crossed. Divers from the fire service searched the water until noon.\n\n"
                    + "Mayor Elena Varga visited the injured in the city hospital. \u201c" + MAYOR_QUOTE
                    + ",\u201d Varga said.\n\n" + WIRE_PARAGRAPH);
    static final RawArticle TRIBUNE = json("tribune-bridge", "Northgate Tribune", "Fifteen hurt as Port Averlin "
            + "bridge gives way", "Jonas Pell", "2031-03-14", "https://northgate-tribune.example/news/averlin-bridge",
            "Fifteen people were injured when a span of the Kestrel Bridge collapsed in Port Averlin on Friday "
                    + "morning, according to the regional health authority.\n\n"
                    + "Witnesses said the bridge shook for several minutes before the span fell into the Averlin "
                    + "river. Residents had complained about cracks in the road surface since January.\n\n"
                    + "\u201c" + MAYOR_QUOTE + ",\u201d Mayor Elena Varga told reporters outside the city hospital.");
    static final RawArticle WIRE = json("wire-bridge", "Valley Wire Service", "Bridge span falls into river in Port "
            + "Averlin", null, "2031-03-14", "https://valley-wire.example/a/2031-03-14-averlin",
            "Twelve people were injured on Friday morning when a span of the Kestrel Bridge in Port Averlin "
                    + "collapsed into the Averlin river, the Averlin fire service said.\n\n"
                    + WIRE_PARAGRAPH + "\n\n"
                    + "Mayor Elena Varga said the city would rebuild the bridge before the winter storms.");
    static final RawArticle MERIDIAN = json("meridian-bridge", "The Meridian Post", "Kestrel Bridge collapse: "
            + "questions over inspections", "Ada Kurz", "2031-03-15", "https://meridian-post.example/averlin-bridge",
            "A day after a span of the Kestrel Bridge collapsed in Port Averlin, injuring twelve people, residents "
                    + "asked why the last inspection had found no fault.\n\n"
                    + WIRE_PARAGRAPH + "\n\n"
                    + "The transport office said the bridge had last been inspected in 2029.");
    static final RawArticle FESTIVAL_LEDGER = json("ledger-festival", "Coastal Ledger", "Record crowd at the Linden "
            + "Vale orchard festival", "Mara Osei", "2031-04-02", "https://coastal-ledger.example/2031/linden-vale",
            "More than 9,000 visitors came to the orchard festival in Linden Vale on Saturday, the organisers "
                    + "said.\n\nGrowers sold cider, pear bread and plum jam from stalls along the village green.");
    static final RawArticle FESTIVAL_TRIBUNE = json("tribune-festival", "Northgate Tribune", "Linden Vale "
            + "orchard festival draws thousands", "Jonas Pell", "2031-04-02",
            "https://northgate-tribune.example/news/linden-vale-festival",
            "Thousands of visitors filled the village green of Linden Vale on Saturday for the orchard festival."
                    + "\n\nThe growers' association said the cider tent ran out of cups before noon.");

    /** Every fixture article, bridge first. */
    static final List<RawArticle> ALL = List.of(LEDGER, TRIBUNE, WIRE, MERIDIAN, FESTIVAL_LEDGER, FESTIVAL_TRIBUNE);

    private UiFixtures() {
    }

    static RawArticle json(String id, String outlet, String title, String author, String published, String url,
                           String text) {
        return new RawArticle(id, "fixture:" + id, SourceFormat.JSON, title, author, LocalDate.parse(published), url,
                outlet, "en", text);
    }
}
