package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;

class FigureFinderTest {
    private static final LocalDate MAY_10 = LocalDate.of(2031, 5, 10);
    private final FigureFinder finder = new FigureFinder();

    private static String render(Figure f) {
        StringBuilder b = new StringBuilder(f.kind() + " | " + f.about());
        for (FigureValue v : f.values()) {
            b.append(" || ").append(v.value()).append(v.approximate() ? "~" : "").append(' ').append(v.articleIds());
        }
        return b.toString();
    }

    @Test
    void differentWordsForTakingPartAreOneSlotAndDifferentCountsConflict() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "Officials said 17 women travelled to the harbour summit.")
                .count("17 women", 17, "women", false).done()
                .article("b", "Brisk Wire", MAY_10, "According to the organisers, 18 women took part in the summit.")
                .count("18 women", 18, "women", false).done()
                .article("c", "Valley Times", MAY_10, "A total of 17 women attended the summit, the council said.")
                .count("17 women", 17, "women", false).done()
                .coverage();
        FigureFinder.Figures f = finder.find(c);
        assertEquals(List.of("count | woman present: attended / took part / travelled || 17 [a, c] || 18 [b]"),
                f.figures().stream().map(FigureFinderTest::render).toList());
        assertEquals(f.figures(), f.conflicts());
        Evidence e = f.figures().get(0).values().get(1).evidence().get(0);
        assertEquals(new Evidence("b", "According to the organisers, 18 women took part in the summit.", 0, 62), e);
    }

    @Test
    void killedAndInjuredAreDifferentSlotsAndHedgedCountsAreRanges() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "Three people were killed and 12 injured in the blast at the mill.")
                .count("Three people", 3, "people", false).done()
                .article("b", "Brisk Wire", MAY_10, "More than a dozen people were hurt in the blast. Three were killed.")
                .count("More than a dozen people", 12, "people", true).done()
                .article("c", "Valley Times", MAY_10, "At least two people died after the blast at the mill.")
                .count("At least two people", 2, "people", true).done()
                .coverage();
        FigureFinder.Figures f = finder.find(c);
        assertEquals(List.of(
                "count | person killed: killed / died || 3 [a, b] || 2~ [c]",
                "count | person injured: hurt / injured || 12 [a] || 12~ [b]"),
                f.figures().stream().map(FigureFinderTest::render).toList());
        // "at least two" can hold with three; "more than a dozen" cannot with twelve
        assertEquals(List.of(f.figures().get(1)), f.conflicts());
    }

    @Test
    void twoNumbersInOneArticleAreTwoThingsNotAConflict() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10,
                        "Police arrested 5 protesters on Monday. On Tuesday they arrested 7 protesters near the port.")
                .count("5 protesters", 5, "protesters", false).count("7 protesters", 7, "protesters", false).done()
                .article("b", "Brisk Wire", MAY_10, "Police arrested 5 protesters outside the town hall.")
                .count("5 protesters", 5, "protesters", false).done()
                .coverage();
        FigureFinder.Figures f = finder.find(c);
        assertEquals(List.of("count | protester arrested: arrested || 5 [a, b] || 7 [a]"),
                f.figures().stream().map(FigureFinderTest::render).toList());
        assertEquals(List.of(), f.conflicts());
    }

    @Test
    void partialCountsAndSeriousInjuriesAreKeptApart() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "Nine people were injured, four of them seriously.")
                .count("Nine people", 9, "people", false).count("four", 4, "people", false).done()
                .article("b", "Brisk Wire", MAY_10, "Nine people were hurt and two people were seriously injured.")
                .count("Nine people", 9, "people", false).count("two people", 2, "people", false).done()
                .coverage();
        FigureFinder.Figures f = finder.find(c);
        assertEquals(List.of("count | person injured: hurt / injured || 9 [a, b]"),
                f.figures().stream().map(FigureFinderTest::render).toList());
        assertEquals(List.of(), f.conflicts());
    }

    @Test
    void theDateOfTheMainHappeningConflictsButALaterFollowUpDoesNot() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "The mill burned down on Friday night. Nobody was hurt.")
                .date("Friday night", "2031-05-09").done()
                .article("b", "Brisk Wire", MAY_10, "The mill burned down early on Saturday, firefighters said.")
                .date("early on Saturday", "2031-05-10").done()
                .article("c", "Valley Times", MAY_10, "Fire destroyed the old mill late on Friday.")
                .date("late on Friday", "2031-05-09").done()
                .article("d", "Valley Times", LocalDate.of(2031, 5, 12), "Investigators returned to the mill on Sunday.")
                .date("Sunday", "2031-05-11").done()
                .coverage();
        FigureFinder.Figures f = finder.find(c);
        assertEquals(List.of("date | date of the main happening: early on saturday / friday night / late on friday"
                + " || 2031-05-09 [a, c] || 2031-05-10 [b]"), f.figures().stream().map(FigureFinderTest::render).toList());
        assertEquals(f.figures(), f.conflicts());
    }

    @Test
    void datelinesAreNotTheDateOfTheHappening() {
        Coverage c = new FigureFixtures()
                .article("a", "Brisk Wire", MAY_10, "KELMOUTH, May 10 (BW) - The mill burned down late on Friday.")
                .date("May 10", "2031-05-10").date("late on Friday", "2031-05-09").done()
                .article("b", "Valley Times", MAY_10, "The mill burned down on Friday evening.")
                .date("Friday evening", "2031-05-09").done()
                .coverage();
        assertEquals(List.of("date | date of the main happening: friday evening / late on friday || 2031-05-09 [a, b]"),
                finder.find(c).figures().stream().map(FigureFinderTest::render).toList());
    }

    @Test
    void bareCountsWithoutANounAreRead() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "Two people died and eleven were injured in the crash.")
                .count("Two people", 2, "people", false).done()
                .article("b", "Brisk Wire", MAY_10, "The crash left 13 injured, police said.").done()
                .coverage();
        FigureFinder.Figures f = finder.find(c);
        assertEquals(List.of("count | person injured: injured || 11 [a] || 13 [b]"),
                f.figures().stream().map(FigureFinderTest::render).toList());
        assertEquals(f.figures(), f.conflicts());
    }

    @Test
    void oneArticleOrOneOutletGivesNothing() {
        Coverage one = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "Three people were killed.")
                .count("Three people", 3, "people", false).done().coverage();
        assertEquals(new FigureFinder.Figures(List.of(), List.of()), finder.find(one));
        Coverage sameOutlet = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "Three people were killed.")
                .count("Three people", 3, "people", false).done()
                .article("b", "Kelmouth Herald", MAY_10, "Four people were killed.")
                .count("Four people", 4, "people", false).done().coverage();
        assertTrue(finder.find(sameOutlet).figures().isEmpty());
    }

    @Test
    void sameInputSameOutput() {
        FigureFixtures fx = new FigureFixtures()
                .article("b", "Brisk Wire", MAY_10, "About 300 workers joined the strike.")
                .count("About 300 workers", 300, "workers", true).done()
                .article("a", "Kelmouth Herald", MAY_10, "Some 320 workers joined the strike on Friday.")
                .count("Some 320 workers", 320, "workers", true).done();
        FigureFinder.Figures first = finder.find(fx.coverage());
        assertEquals(first, finder.find(fx.coverage()));
        assertEquals(List.of("count | worker present: joined || 300~ [b] || 320~ [a]"),
                first.figures().stream().map(FigureFinderTest::render).toList());
        assertEquals(List.of(), first.conflicts());
    }

    @Test
    void placesConflictOnlyWhenNoArticleRelatesThem() {
        FigureFixtures related = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "The mill burned down in Kelmouth late on Friday.")
                .date("late on Friday", "2031-05-09").place("Kelmouth").done()
                .article("b", "Brisk Wire", MAY_10, "The mill at Ostry burned down on Friday. Ostry lies in Kelmouth.")
                .date("on Friday", "2031-05-09").place("Ostry").place("Kelmouth").done();
        FigureFinder.Figures f = finder.find(related.coverage());
        assertEquals(List.of("date | date of the main happening: late on friday / on friday || 2031-05-09 [a, b]",
                "place | place of the main happening: at ostry / in kelmouth || Kelmouth [a] || Ostry [b]"),
                f.figures().stream().map(FigureFinderTest::render).toList());
        assertEquals(List.of(), f.conflicts());
        FigureFixtures unrelated = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10, "The mill burned down in Kelmouth late on Friday.")
                .date("late on Friday", "2031-05-09").place("Kelmouth").done()
                .article("b", "Brisk Wire", MAY_10, "The mill at Ostry burned down on Friday.")
                .date("on Friday", "2031-05-09").place("Ostry").done();
        assertEquals(List.of("place | place of the main happening: at ostry / in kelmouth || Kelmouth [a] || Ostry [b]"),
                finder.find(unrelated.coverage()).conflicts().stream().map(FigureFinderTest::render).toList());
    }

    @Test
    void fiveHundredArticlesFinish() {
        FigureFixtures fx = new FigureFixtures();
        for (int i = 0; i < 500; i++) {
            String text = "Officials said " + (i % 50 == 0 ? 4 : 3) + " people were killed in the flood at Ostry."
                    + " About 200 homes were damaged.";
            fx.article(String.format("a%03d", i), "Outlet " + i, MAY_10, text)
                    .count((i % 50 == 0 ? 4 : 3) + " people", i % 50 == 0 ? 4 : 3, "people", false)
                    .count("About 200 homes", 200, "homes", true).done();
        }
        FigureFinder.Figures f = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> finder.find(fx.coverage()));
        // equally wide figures are ordered by what they are about
        assertEquals(List.of("count | home: damaged || 200~ [500 articles]",
                "count | person killed: killed || 3 [490 articles] || 4 [10 articles]"),
                f.figures().stream().map(g -> render(g).replaceAll("\\[a\\d{3}(, a\\d{3}){9,}\\]", "[many]"))
                        .map(r -> r.replace("3 [many]", "3 [490 articles]").replace("4 [many]", "4 [10 articles]")
                                .replace("200~ [many]", "200~ [500 articles]")).toList());
        assertEquals(1, f.conflicts().size());
    }

    @Test
    void verbFirstCountsAreReadAndEarlierHappeningsLeftOut() {
        Coverage c = new FigureFixtures()
                .article("a", "Kelmouth Herald", MAY_10,
                        "The roof fell in on Friday, killing three, injuring twelve and leaving two missing."
                        + " In March, a smaller roof at Ostry collapsed, injuring four.")
                .date("on Friday", "2031-05-09").date("In March", "2031-03").done()
                .article("b", "Brisk Wire", MAY_10, "Twelve were injured when the roof fell in on Friday.")
                .date("on Friday", "2031-05-09").done()
                .coverage();
        // "injuring four" is dated to March, before the event: another happening
        assertEquals(List.of("date | date of the main happening: on friday || 2031-05-09 [a, b]",
                        "count | person injured: injured / injuring || 12 [a, b]"),
                finder.find(c).figures().stream().map(FigureFinderTest::render).toList());
    }
}
