package org.parallax.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the quote extractor's CoreNLP-free part, the quote-mark scanner {@link QuoteMarks}: on any text, every span
 * must lie inside the text, be well ordered, and come after the one before.
 */
class QuoteMarksFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void find(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        int last = 0;
        for (QuoteMarks.Span s : spans) {
            assertTrue(s.open() >= last && s.open() <= s.start() && s.start() <= s.end() && s.end() <= s.close()
                    && s.close() <= text.length(), () -> s + " in a text of " + text.length());
            last = s.close();
        }
    }
}
