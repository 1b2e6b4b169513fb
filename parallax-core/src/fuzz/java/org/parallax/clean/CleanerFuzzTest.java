package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.parallax.model.Article;
import org.parallax.model.RawArticle;

/**
 * Fuzzes the cleaner: {@link Cleaner#clean} on any plain text (headline, byline and date finding, boilerplate
 * removal). It must not throw, and cleaning the same text twice must give the same article.
 */
class CleanerFuzzTest {
    private final Cleaner cleaner = new Cleaner();

    @FuzzTest(maxDuration = "3m")
    void clean(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        if (text.isBlank()) {
            return;
        }
        RawArticle raw = RawArticle.ofText("fuzz", "fuzz.txt", text);
        Article a = cleaner.clean(raw);
        assertEquals(a, cleaner.clean(raw), "cleaning is not deterministic");
    }
}
