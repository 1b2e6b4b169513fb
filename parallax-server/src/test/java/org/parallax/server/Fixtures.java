package org.parallax.server;

/** Invented articles about invented events, as JSON records the upload endpoint takes. */
final class Fixtures {
    private Fixtures() {
    }

    // the Marrowby ferry strike: three outlets
    static final String FERRY1 = record("ferry1", "Marrowby ferry crews walk out over rosters",
            "Ferry crews in Marrowby walked out on Tuesday over new rosters, stranding 3,000 commuters at the "
                    + "Pellham pier. Union leader Greta Holm said the rosters broke a signed agreement. The Marrowby "
                    + "Ferry Company said talks would resume on Thursday.",
            "2032-03-09", "https://harbour-times.example/ferry-strike", "Harbour Times");
    static final String FERRY2 = record("ferry2", "Commuters stranded as Marrowby ferry strike begins",
            "About 3,000 commuters were stranded at Pellham pier on Tuesday when Marrowby ferry crews walked out "
                    + "over rosters. Greta Holm of the crews' union said the new rosters broke the agreement. The "
                    + "Marrowby Ferry Company expects talks on Thursday.",
            "2032-03-09", "https://coastline-news.example/marrowby-ferry", "Coastline News");
    static final String FERRY3 = record("ferry3", "Marrowby ferry talks set for Thursday",
            "The Marrowby Ferry Company and the crews' union will meet on Thursday after Tuesday's walkout over "
                    + "rosters left commuters stranded at Pellham pier. Union leader Greta Holm said crews want the "
                    + "signed agreement honoured.",
            "2032-03-10", "https://bay-gazette.example/ferry-talks", "Bay Gazette");

    // the Quillon observatory telescope: two outlets
    static final String SCOPE1 = record("scope1", "Quillon observatory opens its new telescope",
            "The Quillon observatory opened its new mirror telescope on Saturday. Director Ines Marchetti said the "
                    + "telescope would map comets beyond the orbit of Saturn. Schools may book night visits.",
            "2032-02-14", "https://harbour-times.example/quillon-telescope", "Harbour Times");
    static final String SCOPE2 = record("scope2", "New Quillon telescope to map distant comets",
            "A mirror telescope opened at the Quillon observatory on Saturday will map comets beyond Saturn, "
                    + "director Ines Marchetti said. Night visits for schools start next month.",
            "2032-02-15", "https://starwatch.example/quillon", "Starwatch");

    // a bakery award: one outlet
    static final String BAKERY = record("bakery1", "Ostrava Lane bakery wins the rye bread prize",
            "The Ostrava Lane bakery in Kettering Vale won the regional rye bread prize on Friday. Owner Pavel "
                    + "Dusek thanked his night shift of four bakers.",
            "2032-01-20", "https://bay-gazette.example/rye-prize", "Bay Gazette");

    /** All six, as JSON Lines. */
    static String allLines() {
        return String.join("\n", FERRY1, FERRY2, FERRY3, SCOPE1, SCOPE2, BAKERY) + "\n";
    }

    /** One JSON record with the reader's field names. */
    static String record(String id, String title, String text, String published, String url, String source) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\",\"published\":\""
                + published + "\",\"url\":\"" + url + "\",\"source\":\"" + source + "\",\"language\":\"en\"}";
    }
}
