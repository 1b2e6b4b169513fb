package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class SyntheticNewsTest {
    @Test
    void sameSeedSameCorpus() {
        SyntheticNews.Corpus a = new SyntheticNews(7).generate(50);
        SyntheticNews.Corpus b = new SyntheticNews(7).generate(50);
        assertEquals(a, b);
        assertNotEquals(a.articles(), new SyntheticNews(8).generate(50).articles());
    }

    @Test
    void everyArticleHasAnEventAndTextAndADate() {
        SyntheticNews.Corpus c = new SyntheticNews(1).generate(200);
        assertEquals(200, c.articles().size());
        assertEquals(200, c.gold().size());
        assertEquals(200, new HashSet<>(c.articles().stream().map(a -> a.id()).toList()).size());
        c.articles().forEach(a -> assertTrue(a.text().length() > 100 && a.published() != null, a.id()));
        long events = c.gold().values().stream().distinct().count();
        assertTrue(events > 20 && events < 100, "events: " + events);
    }
}
