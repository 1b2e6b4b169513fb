package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void splitsOnBlankLinesWhateverTheLineEnds() {
        assertEquals(List.of(List.of("One", "still one"), List.of("Two"), List.of("Three")),
                Paragraphs.of("  One\r\n  still one \r\n\r\n\n Two\r\rThree\u2028\u2028"));
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertEquals(List.of(), Paragraphs.of(""));
        assertEquals(List.of(), Paragraphs.of(" \n\t\n"));
    }
}
