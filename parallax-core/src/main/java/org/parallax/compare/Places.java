package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Entity;

/**
 * Where a happening was, and whether two outlets' places can both hold. Places are often named at different levels
 * ("Moscow Region", "Novo-Ogaryovo"), so two names are compatible when they are the same, one contains the other,
 * or any sentence of the coverage names both ("Novo-Ogaryovo, near Moscow", "Dravenholm on the Isel"). Only names
 * that no article relates conflict.
 */
final class Places {
    /** A place named by one article. */
    record Named(String articleId, String name) {
    }

    /** A place found in a sentence, with the words that introduce it ("in Dravenholm"). */
    record Found(String name, String cue) {
    }

    private Places() {
    }

    /** The first place of {@code entities} named after a preposition of place in {@code sentence}, or null. */
    static Found mainPlace(String sentence, List<Entity> entities) {
        Found best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Entity e : entities) {
            if (!e.type().equals("LOCATION")) {
                continue;
            }
            for (String form : List.of(e.text(), e.canonical())) {
                Matcher m = Pattern.compile("\\b(in|at|near|outside)\\s+(the\\s+)?" + Pattern.quote(form) + "\\b")
                        .matcher(sentence);
                if (m.find() && m.start() < bestAt) {
                    bestAt = m.start();
                    best = new Found(e.canonical(), m.group());
                }
            }
        }
        return best;
    }

    /**
     * Whether two articles name places that no article relates. Each article names one place, so two distinct names
     * come from two articles; names are compared once per distinct pair, which keeps large events fast.
     */
    static boolean conflict(List<Named> places, List<String> sentences) {
        List<String> names = places.stream().map(Named::name).distinct().sorted().toList();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (!compatible(names.get(i), names.get(j), sentences)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean compatible(String a, String b, List<String> sentences) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        for (String s : sentences) {
            String t = s.toLowerCase(Locale.ROOT);
            if (t.contains(x) && t.contains(y)) {
                return true;
            }
        }
        return false;
    }
}
