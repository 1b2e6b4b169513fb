package org.parallax.cli.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * Invented articles about invented events, made on demand: article {@code n} is about one of a few dozen fictional
 * events (so events gather several articles) and carries a word of its own, {@code marker(n)}, that search must
 * find it by. Its URL is unique too, so a second copy is a duplicate, never a new article.
 */
final class GeneratedArticles {
    private static final String[] PLACES = {"Marrowby", "Quillon", "Pellham", "Ostrava Vale", "Kestrel Point",
        "Dunmere", "Halvik", "Brennock", "Sorrel Bay", "Tamsin Ford", "Orrin Cross", "Wexley"};
    private static final String[] THINGS = {"ferry strike", "bridge closure", "library fire", "harbour flood",
        "tram derailment", "school merger", "market reopening", "power cut"};
    private static final String[] OUTLETS = {"Harbour Times", "Coastline News", "Bay Gazette", "Vale Courier",
        "Northern Ledger"};

    private GeneratedArticles() {
    }

    /** The word only article {@code n} contains. */
    static String marker(String prefix, int n) {
        return prefix + "zq" + n + "x";
    }

    /** The id of article {@code n}. */
    static String id(String prefix, int n) {
        return prefix + "-" + n;
    }

    /** Article {@code n} as one JSON record on one line. */
    static String record(String prefix, int n) {
        int topic = n % (PLACES.length * 3);
        String place = PLACES[topic % PLACES.length];
        String thing = THINGS[topic % THINGS.length];
        String outlet = OUTLETS[n % OUTLETS.length];
        int day = 1 + topic % 27;
        String title = place + " " + thing + " disrupts the week, report " + n;
        String text = "The " + thing + " in " + place + " began on Monday and officials said it would last until "
                + "Friday. Residents of " + place + " described long queues and closed roads near the centre. "
                + "Council spokesperson Ilse Varga said crews were working around the clock on the " + thing
                + ". Reporter note " + marker(prefix, n) + " filed for the " + outlet + " desk.";
        return "{\"id\":\"" + id(prefix, n) + "\",\"title\":\"" + title + "\",\"text\":\"" + text
                + "\",\"published\":\"2033-04-" + (day < 10 ? "0" : "") + day + "\",\"url\":\"https://"
                + outlet.toLowerCase().replace(' ', '-') + ".example/" + prefix + "/story-" + n
                + "\",\"source\":\"" + outlet + "\",\"language\":\"en\"}";
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive) as JSON Lines. */
    static String lines(String prefix, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int n = from; n < to; n++) {
            b.append(record(prefix, n)).append('\n');
        }
        return b.toString();
    }

    /** The ids of articles {@code from} to {@code to} (exclusive). */
    static List<String> ids(String prefix, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int n = from; n < to; n++) {
            ids.add(id(prefix, n));
        }
        return ids;
    }
}
