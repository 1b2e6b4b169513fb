package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkedTextTest {

    private static String render(String text, Mark... marks) {
        StringBuilder b = new StringBuilder();
        MarkedText.append(b, text, List.of(marks));
        return b.toString();
    }

    @Test
    void withoutMarksRendersParagraphsAsBefore() {
        assertEquals("<p>One &amp; two<br>\nthree</p>\n<p>Four</p>\n", render("  One & two \nthree\n\n\nFour  "));
    }

    @Test
    void nestedSpansNest() {
        assertEquals("<p>A <mark id=\"s\" class=\"ev\">big <mark id=\"q\" class=\"ev\">red</mark> fox</mark>.</p>\n",
                render("A big red fox.", new Mark(2, 13, "s", false), new Mark(6, 9, "q", false)));
    }

    @Test
    void crossingSpansAreSplitAndStayWellNested() {
        assertEquals("<p><mark id=\"a\" class=\"ev\">Alpha <mark id=\"b\" class=\"wire\">beta</mark></mark>"
                        + "<mark class=\"wire cont\" data-of=\"b\"> gamma.</mark></p>\n",
                render("Alpha beta gamma.", new Mark(6, 17, "b", true), new Mark(0, 10, "a", false)));
    }

    @Test
    void spansAcrossParagraphsContinueWithoutRepeatingTheId() {
        assertEquals("<p>One <mark id=\"x\" class=\"ev\">two.</mark></p>\n"
                        + "<p><mark class=\"ev cont\" data-of=\"x\">Three</mark> four.</p>\n",
                render("One two.\n\nThree four.", new Mark(4, 15, "x", false)));
    }

    @Test
    void splitSpansGetAStyleThatHighlightsEveryPiece() {
        java.util.Set<String> continued = new java.util.HashSet<>();
        MarkedText.append(new StringBuilder(), "One two.\n\nThree four.", List.of(new Mark(4, 15, "ev-x", false),
                new Mark(0, 3, "ev-y", false)), continued);
        assertEquals(java.util.Set.of("ev-x"), continued);
        assertEquals("body:has(#ev-x:target) mark[data-of=\"ev-x\"] { background: #ffd54f; }\n",
                MarkedText.continuationStyle(continued));
        assertEquals("", MarkedText.continuationStyle(java.util.Set.of("x\"]{}body{", "1a")));
    }

    @Test
    void marksOutsideTheTextAreLeftOut() {
        assertEquals("<p>Short.</p>\n", render("Short.", new Mark(3, 99, "x", false), new Mark(4, 4, "y", false),
                new Mark(-1, 2, "z", false)));
    }

    @Test
    void escapesTheTextInsideMarks() {
        assertEquals("<p><mark id=\"m\" class=\"ev\">&lt;script&gt;</mark>x</p>\n",
                render("<script>x", new Mark(0, 8, "m", false)));
    }

    @Test
    void locatesSpansTrustingOffsetsOnlyWhereTheyHold() {
        assertArrayEquals(new int[] {8, 11}, TextSpans.locate("one two one", "one", 8, 11));
        assertArrayEquals(new int[] {8, 11}, TextSpans.locate("one two one", "one", 7, 10), "nearest occurrence");
        assertArrayEquals(new int[] {0, 3}, TextSpans.locate("one two one", "one", 1, 2), "nearest occurrence");
        assertArrayEquals(new int[] {0, 11}, TextSpans.locate("one two one", "missing", -5, 999), "clamped");
        assertArrayEquals(new int[] {4, 7}, TextSpans.locate("one two one", null, 3, 8), "trimmed");
        assertNull(TextSpans.locate("a   b", null, 1, 4), "only blanks");
        assertNull(TextSpans.locate("abc", null, 5, 2));
        assertArrayEquals(new int[] {1, 3}, TextSpans.locate("x\uD83D\uDE00y", null, 2, 3), "a surrogate pair whole");
        assertArrayEquals(new int[] {1, 3}, TextSpans.locate("x\uD83D\uDE00y", null, 1, 2), "a surrogate pair whole");
    }

    @Test
    void findsPassagesWithLooseBlanks() {
        assertArrayEquals(new int[] {7, 17}, TextSpans.find("Alpha  beta\ngamma.", "beta gamma"));
        assertArrayEquals(new int[] {7, 11}, TextSpans.find("Alpha  beta\ngamma.", "beta"));
        assertNull(TextSpans.find("Alpha beta", "delta"));
        assertNull(TextSpans.find("Alpha beta", " "));
        assertArrayEquals(new int[] {11, 16}, TextSpans.findTerm("Alpha beta alpha", "alpha"), "as written first");
        assertArrayEquals(new int[] {0, 5}, TextSpans.findTerm("Alpha beta", "alpha"), "else ignoring case");
        assertNull(TextSpans.findTerm("Alpha beta", "gamma"));
    }

    @Test
    void anchorsAreSafeAndDistinct() {
        assertEquals("ev-a-b2-30-48", Anchors.of("b2", 30, 48));
        String odd = Anchors.of("x\"><script>", 1, 2);
        assertEquals(true, odd.matches("ev-x-[0-9a-f]{16}-1-2"), odd);
        assertEquals(false, Anchors.of("a.b", 1, 2).equals(Anchors.of("a_b", 1, 2)));
        assertEquals(false, Anchors.of("b2-30", 48, 60).equals(Anchors.of("b2", 30, 48)));
    }
}
