package org.parallax.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
    private static final NlpPipeline PIPELINE = new NlpPipeline();
    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private static List<String> quantities(String text) {
        return EXTRACTOR.extract(text, PIPELINE.annotate(text, null)).stream()
                .map(q -> q.value() + "|" + q.what() + "|" + q.kind() + "|" + q.approximate() + "|" + q.text())
                .toList();
    }

    @Test
    void digitsWithCommasAndAdjectivesBeforeTheNoun() {
        assertEquals(List.of("300000.0|reservists|count|false|300,000 Northern reservists"),
                quantities("The ministry said 300,000 Northern reservists were called up."));
        assertEquals(List.of("17.0|women|count|false|17 women"),
                quantities("In the end 17 women traveled to the capital."));
    }

    @Test
    void numbersInWords() {
        assertEquals(List.of("17.0|sailors|count|false|Seventeen sailors", "24.0|boats|count|false|two dozen boats"),
                quantities("Seventeen sailors and two dozen boats were stranded."));
    }

    @Test
    void aDozenAndHedges() {
        assertEquals(List.of("12.0|delegates|count|true|more than a dozen selected delegates"),
                quantities("The mayor received more than a dozen selected delegates at the harbour."));
        assertEquals(List.of("40.0|people|count|true|At least 40 people", "1500.0|troops|count|true|up to 1,500 troops"),
                quantities("At least 40 people were hurt and up to 1,500 troops were sent."));
    }

    @Test
    void vaguePluralsAreApproximateOrdersOfMagnitude() {
        assertEquals(List.of("100000.0|protesters|count|true|Hundreds of thousands of protesters",
                        "12.0|reporters|count|true|dozens of reporters"),
                quantities("Hundreds of thousands of protesters marched while dozens of reporters watched."));
        assertEquals(List.of("10000.0|fans|count|true|tens of thousands of fans"),
                quantities("The final drew tens of thousands of fans."));
    }

    @Test
    void money() {
        assertEquals(List.of("5000000.0|USD|money|true|about $5 million", "2.0E8|rubles|money|false|200 million rubles"),
                quantities("The port paid about $5 million and the city added 200 million rubles."));
    }

    @Test
    void percentages() {
        assertEquals(List.of("2.6|percent of fishermen|percent|false|2.6% of the island's fishermen",
                        "40.0|percent|percent|true|nearly 40 percent"),
                quantities("Only 2.6% of the island's fishermen voted, against nearly 40 percent in town."));
    }

    @Test
    void yearsAgesAndNumbersInNamesAreNotCounts() {
        assertEquals(List.of(), quantities("In 2014 the 8-year-old girl watched Apollo 11 footage on a 10-inch screen."));
    }

    @Test
    void theCountedNounRunsAcrossProperNounsAndPossessives() {
        assertEquals(List.of("4.0|officers|count|false|four plain-clothes Harbor Police officers"),
                quantities("The ferry carried four plain-clothes Harbor Police officers."));
    }

    @Test
    void percentagePointsAreAPercentageChange() {
        assertEquals(List.of("0.4|percentage points|percent|false|0.4 percentage points"),
                quantities("Unemployment on the island fell by 0.4 percentage points."));
    }
}
