package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Evidence;
import org.parallax.model.TimelineEntry;

class TimelineBuilderTest {
    private static final LocalDate MAY_10 = LocalDate.of(2031, 5, 10);

    @Test
    void groupsTheSameDateAcrossArticlesSortedByDate() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10,
                        "KELMOUTH, May 10 (KH) - The mill burned down on Friday night. It was built in 1952.")
                .date("May 10", "2031-05-10").date("Friday night", "2031-05-09").date("1952", "1952").done()
                .article("b", "Brisk Wire", MAY_10, "The old mill burned down on Friday. An inquiry opens on Monday and ends in the spring.")
                .date("Friday", "2031-05-09").date("Monday", "2031-05-12").date("the spring", null).done()
                .coverage();
        List<TimelineEntry> timeline = new TimelineBuilder().build(c);
        assertEquals(List.of("1952", "2031-05-09", "2031-05-12"), timeline.stream().map(TimelineEntry::date).toList());
        TimelineEntry fire = timeline.get(1);
        assertEquals(List.of("a", "b"), fire.articleIds());
        assertEquals("The old mill burned down on Friday.", fire.what());
        assertEquals(List.of(new Evidence("a", "KELMOUTH, May 10 (KH) - The mill burned down on Friday night.", 0, 61),
                new Evidence("b", "The old mill burned down on Friday.", 0, 35)), fire.evidence());
    }

    @Test
    void oneArticleGivesAnEmptyTimeline() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "The mill burned down on Friday.")
                .date("Friday", "2031-05-09").done().coverage();
        assertEquals(List.of(), new TimelineBuilder().build(c));
    }
}
