package org.parallax.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final NlpPipeline PIPELINE = new NlpPipeline();
    private static final DateResolver RESOLVER = new DateResolver();
    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2031, 3, 8);
    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 7);

    private static List<String> dates(String text, LocalDate published) {
        return RESOLVER.resolve(text, PIPELINE.annotate(text, published), published).stream()
                .map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void pastWeekdayIsTheMostRecentOnOrBeforePublication() {
        assertEquals(List.of("Friday=2031-03-07"), dates("On Friday, the council voted to close the pier.", SATURDAY));
        assertEquals(List.of("Friday=2031-03-07"), dates("On Friday, the council voted to close the pier.", FRIDAY));
        assertEquals(List.of("Tuesday=2031-03-04"), dates("The storm hit the coast on Tuesday.", SATURDAY));
    }

    @Test
    void lastMeansStrictlyBeforeAndFutureModalMeansAfter() {
        assertEquals(List.of("last Friday=2031-02-28"), dates("The council voted last Friday.", FRIDAY));
        assertEquals(List.of("Friday=2031-03-14"), dates("The council will meet again on Friday.", SATURDAY));
    }

    @Test
    void relativeDatesStayUnresolvedWithoutAPublishedDate() {
        assertEquals(List.of("Friday=null", "last week=null"),
                dates("The council voted on Friday after a debate last week.", null));
    }

    @Test
    void datesWithAYearResolveWithoutAPublishedDate() {
        assertEquals(List.of("November 22, 2014=2014-11-22", "2019=2019"),
                dates("The pier opened on November 22, 2014 and closed in 2019.", null));
    }

    @Test
    void monthAndDayTakeThePublishedYear() {
        assertEquals(List.of("March 3=2031-03-03"), dates("The plan was announced on March 3.", SATURDAY));
        assertEquals(List.of("March 3=null"), dates("The plan was announced on March 3.", null));
    }

    @Test
    void isoValuesFromSutime() {
        assertEquals("2031-03-07", DateResolver.iso("2031-03-07TMO"));
        assertEquals("2031-03", DateResolver.iso("2031-03 INTERSECT PXD"));
        assertEquals("2031-03-03/2031-03-05", DateResolver.iso("(2031-03-03,2031-03-05,P2D)"));
        assertEquals(null, DateResolver.iso("XXXX-WXX-5"));
        assertEquals(null, DateResolver.iso("PAST_REF"));
    }

    @Test
    void anaphoricDaysAndBarePartsOfDayAreNotDates() {
        assertEquals(List.of("Tuesday evening=2031-03-04"),
                dates("Shortly before the day, the crew left at night. They returned on Tuesday evening.", SATURDAY));
    }

    @Test
    void aPastMonthAndDayAfterThePublicationDateIsLastYears() {
        LocalDate january = LocalDate.of(2032, 1, 9);
        assertEquals(List.of("December 20=2031-12-20"), dates("On December 20, the council voted.", january));
        assertEquals(List.of("December 20=2032-12-20"), dates("The council will vote on December 20.", january));
    }
}
