package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Dossier;

/** A 500-article event must finish, and still give a dossier that says something. */
class LargeEventTest {
    private static final String[] PLACES = {"Harlow Quay", "Minsk Street", "the north pier", "Tarnow Point"};
    private static final String[] VERBS = {"said", "told reporters", "confirmed", "added"};

    @Test
    void fiveHundredArticlesInOneEventFinish() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String text = String.format(Locale.ROOT,
                    "The ferry Saint Maren ran aground near %s on Monday with 212 passengers aboard, the coastguard "
                            + "%s.\n\nTugs from Varnby tried to refloat the ship at high tide, reporter %d wrote."
                            + "\n\nResidents of district %d gathered on the quay as the light faded.",
                    PLACES[i % PLACES.length], VERBS[i % VERBS.length], i, i % 37);
            articles.add(Fixtures.article(String.format(Locale.ROOT, "a%03d", i), "outlet-" + (i % 50),
                    "Ferry aground off " + PLACES[i % PLACES.length], text));
        }
        Dossier d = new DossierBuilder().build(Fixtures.coverage(articles.toArray(new Article[0])));
        assertFalse(d.consensus().isEmpty(), "500 reports of one grounding agree on something");
        assertEquals(d, new DossierBuilder().build(Fixtures.coverage(articles.toArray(new Article[0]))));
    }
}
