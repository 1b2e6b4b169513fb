package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.parallax.model.RawArticle;

/**
 * Fuzzes the HTML extractor: {@link HtmlArticleReader} (jsoup, {@link PageMetadata}, {@link MainTextExtractor},
 * {@link DeepNesting}) on any markup. "No article text" ({@link Rejected}) is fine; any other exception is a finding.
 */
class HtmlArticleReaderFuzzTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    @FuzzTest(maxDuration = "3m")
    void read(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        try {
            RawArticle a = reader.read(html, "fuzz", "fuzz.html");
            assertFalse(a.text().isBlank(), "blank text accepted");
        } catch (Rejected e) {
            // a page without text: reported to the user, not a failure
        }
    }
}
