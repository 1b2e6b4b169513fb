package org.parallax.compare;

import java.util.Locale;
import java.util.Map;

/**
 * Singular forms of English plural nouns, by rule, so that "women" and "woman", "injuries" and "injury" name the same
 * thing. Small on purpose: the nouns that news counts (people, children, casualties) are covered; a noun it gets
 * wrong is only ever compared with itself.
 */
public final class Lemmas {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("women", "woman"),
            Map.entry("men", "man"), Map.entry("children", "child"), Map.entry("people", "person"),
            Map.entry("persons", "person"), Map.entry("mice", "mouse"), Map.entry("feet", "foot"),
            Map.entry("teeth", "tooth"), Map.entry("geese", "goose"), Map.entry("lives", "life"),
            Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("thieves", "thief"),
            Map.entry("series", "series"), Map.entry("buses", "bus"), Map.entry("species", "species"), Map.entry("news", "news"),
            Map.entry("police", "police"), Map.entry("crises", "crisis"), Map.entry("analyses", "analysis"));

    private Lemmas() {
    }

    /** The singular, lower-cased form of {@code word} ("Women" -> "woman", "casualties" -> "casualty"). */
    public static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.endsWith("women") || w.endsWith("men") && w.length() > 4) {
            return w.substring(0, w.length() - 2) + "an"; // policemen, firemen, chairwomen
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
