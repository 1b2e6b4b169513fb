package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BylinesTest {
    private static String author(String line) {
        Bylines.Byline b = Bylines.byline(new Line(line));
        return b == null ? null : b.author();
    }

    @Test
    void readsTheCommonBylineForms() {
        assertEquals("Lena Hart", author("By Lena Hart"));
        assertEquals("Lena Hart", author("BY Lena Hart"));
        assertEquals("Lena Hart and Tomas Brandt", author("By Lena Hart and Tomas Brandt"));
        assertEquals("Lena Hart, Tomas Brandt and Mara Kessel", author("By Lena Hart, Tomas Brandt and Mara Kessel"));
        assertEquals("Mara Kessel", author("Of: Mara Kessel"));
        assertEquals("Mara Kessel", author("Written by Mara Kessel"));
        assertEquals("Mara Kessel", author("Von Mara Kessel"));
        assertEquals("Anna van der Berg", author("By Anna van der Berg"));
        assertEquals("J. R. Olsen", author("By J. R. Olsen"));
    }

    @Test
    void dropsTheOutletAndReadsTheDateAfterTheNames() {
        assertEquals("Lena Hart", author("By Lena Hart, Valmora Courier"));
        assertEquals("Lena Hart", author("Reporting by Lena Hart; Editing by Tomas Brandt"));
        Bylines.Byline b = Bylines.byline(new Line("By Lena Hart | 7 March 2031"));
        assertEquals("Lena Hart", b.author());
        assertEquals(LocalDate.of(2031, 3, 7), b.published());
    }

    @Test
    void anAffiliationIsNotAnAuthor() {
        assertEquals("Ilka Rensch", author("By Ilka Rensch, Orvin Press Agency"));
        assertEquals("Ilka Rensch and Tomas Brandt", author("By Ilka Rensch and Tomas Brandt, Orvin Press Agency"));
        assertEquals("Ilka Rensch", author("By Ilka Rensch, Valmora Broadcasting Corporation"));
        assertEquals("Ilka Rensch", author("By Ilka Rensch for the Valmora Herald"));
        assertEquals("Ilka Rensch", author("By Ilka Rensch of Orvin News Service"));
        assertEquals("Ilka Rensch", author("By Ilka Rensch, OPA"));
        assertEquals("Ilka Rensch, Tomas Brandt and Mara Kessel",
                author("By Ilka Rensch, Tomas Brandt and Mara Kessel"));
        assertEquals("Ilka Rensch and Tomas Brandt", author("By Ilka Rensch and Tomas Brandt"));
    }

    @Test
    void aCreditNoteIsABylineInBrackets() {
        assertTrue(Bylines.isCreditNote(new Line("(Reporting by Ilka Rensch; editing by Tomas Brandt)")));
        assertTrue(Bylines.isCreditNote(new Line("(Additional reporting by Mara Kessel in Orvin)")));
        assertFalse(Bylines.isCreditNote(new Line("(The ferry was built in 1988.)")));
        assertFalse(Bylines.isCreditNote(new Line("Reporting by the Post found three more cracks.")));
    }

    @Test
    void sentencesThatStartLikeBylinesAreNot() {
        assertNull(author("By the end of the week, 40 families had returned home."));
        assertNull(author("By Friday, the water had fallen by a metre."));
        assertNull(author("Of the 300 homes, 120 are still without power."));
        assertNull(author("By Staff Writer"));
        assertNull(author("By Land And Sea To Valmora"));
        assertNull(author("Di Maria Scores Twice"));
        assertEquals("Mario Rossi", author("di Mario Rossi"));
    }

    @Test
    void readsBioLinesWithANewsroomRole() {
        assertEquals("Petra Lind", Bylines.bioName(new Line("Petra Lind is The Valmora Courier's Breaking News Editor.")));
        assertEquals("Jonas Erdman", Bylines.bioName(new Line("Jonas Erdman is a reporter at the Valmora Courier.")));
        assertEquals("Jonas Erdman", Bylines.bioName(new Line("Jonas Erdman is 24Valmora's chief correspondent.")));
        assertNull(Bylines.bioName(new Line("Ilse Varga is the mayor of Valmora.")));
        assertNull(Bylines.bioName(new Line("The river is a danger to the lower town, the editor said.")));
    }

    @Test
    void readsDateHeaderLinesButNotSentencesWithDates() {
        assertEquals(LocalDate.of(2031, 3, 7), Bylines.headerDate(new Line("date 2031-03-07 Home page world"), false));
        assertEquals(LocalDate.of(2031, 3, 7), Bylines.headerDate(new Line("Updated: March 7, 2031, 10:45"), false));
        assertEquals(LocalDate.of(2031, 3, 7), Bylines.headerDate(new Line("Published: 7 March 2031"), true));
        assertNull(Bylines.headerDate(new Line("The bridge was closed on 7 March 2031."), false));
        assertNull(Bylines.headerDate(new Line("Floods reach the lower town on 7 March 2031"), false));
        assertNull(Bylines.headerDate(new Line("On March 7, 2031, the town woke to this news:"), false));
        assertNull(Bylines.headerDate(new Line("March 7, 2031 was the wettest day on record."), true));
    }
}
