package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void composesToNfcAndDropsControlAndInvisibleCharacters() {
        // "e" + combining acute becomes one "é"; a bell, a zero-width space and a BOM disappear.
        assertEquals(List.of("Caf\u00e9 owners in Valmora met the mayor."),
                Paragraphs.split("\uFEFFCafe\u0301 owners\u0007 in Val\u200Bmora met the mayor."));
    }

    @Test
    void collapsesSpacesAndTabsAndTrimsLines() {
        assertEquals(List.of("The ferry left at noon.", "It carried 40 passengers."),
                Paragraphs.split("  The ferry \t left\u00A0at   noon.  \r\n\r\n\tIt carried 40 passengers.\u00A0\n"));
    }

    @Test
    void everyLineIsAParagraphUnlessItContinuesAWrappedSentence() {
        String text = "The council met on Monday\nto discuss the bridge.\nVoters were not consulted.\n\n\n\n"
                + "A well-\nknown engineer objected.";
        assertEquals(List.of("The council met on Monday to discuss the bridge.", "Voters were not consulted.",
                "A well-known engineer objected."), Paragraphs.split(text));
    }

    @Test
    void aLineStartingInUpperCaseAfterAnOpenLineIsStillItsOwnParagraph() {
        assertEquals(List.of("Storm over Lake Orvin", "Boats stayed in harbour all week."),
                Paragraphs.split("Storm over Lake Orvin\nBoats stayed in harbour all week."));
    }

    @Test
    void emptyAndBlankTextHaveNoParagraphs() {
        assertEquals(List.of(), Paragraphs.split(""));
        assertEquals(List.of(), Paragraphs.split(" \n\t\n\u0000\n"));
    }
}
