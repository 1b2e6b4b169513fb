package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;

/** Random documents must clean without exceptions, and every paragraph must end up in exactly one place. */
class CleanerRobustnessTest {
    private static final String[] PIECES = {"By", "Of:", "Written By", "is", "a", "reporter", "Editor", "the",
            "Follow", "us", "on", "Twitter", "\u00A9", "/AFP", "(via", "link)", "\u201c", "\u201d", "\"", "Share",
            "Menu", "2031-03-07", "7 March 2031", "Valmora", "Orvin", "said", "comment", "!", "?", ".", ",", ":",
            "|", "@", "[email protected]", "\n", "\n\n", "\t", "\u0000", "\u200B", "e\u0301", "Ilse", "Varga",
            "you", "donate", "newsletter", "\uFFFD", "Dr.", "U.S.", "running", "people's", "\u2019"};

    @Test
    void randomDocumentsNeverThrowAndLoseNoParagraph() {
        Random random = new Random(20310307L);
        Cleaner cleaner = new Cleaner();
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = sb.toString();
            Article a = cleaner.clean(RawArticle.ofText("r" + doc, "r.txt", text));
            List<String> paragraphs = Paragraphs.split(text);
            List<String> accounted = new ArrayList<>(a.removed());
            if (!a.text().isEmpty()) {
                accounted.addAll(List.of(a.text().split("\n\n")));
            }
            // The only paragraph allowed to leave both the text and the removed list is the headline.
            List<String> missing = new ArrayList<>(paragraphs);
            accounted.forEach(missing::remove);
            assertEquals(paragraphs.size(), accounted.size() + missing.size(), "document " + doc + ": " + text);
            assertTrue(missing.isEmpty() || missing.equals(List.of(a.title())), "document " + doc + ": " + missing);
            assertTrue(paragraphs.containsAll(accounted), "document " + doc);
        }
    }
}
