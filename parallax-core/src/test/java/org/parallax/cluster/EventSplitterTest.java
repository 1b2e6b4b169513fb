package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

/**
 * The split step of the refinement. An online threshold so low that every article joins the first event puts two
 * ferry fires into one event, which label propagation cannot undo; the split must, and must leave one event whole.
 */
class EventSplitterTest {
    static final List<Article> MARISOL = List.of(
            undated("m1", "Fire on the ferry Marisol Queen on Lake Varnen",
                    "The ferry Marisol Queen caught fire on Lake Varnen, and all 42 passengers were rescued. Captain "
                            + "Edda Holm said the blaze began in the engine room near Ostby harbour."),
            undated("m2", "Marisol Queen passengers rescued after Lake Varnen blaze",
                    "Rescuers brought 42 passengers off the burning Marisol Queen on Lake Varnen. Captain Edda Holm "
                            + "told reporters in Ostby that the engine room fire spread fast."),
            undated("m3", "Edda Holm: the Marisol Queen crew acted fast",
                    "Edda Holm, captain of the Marisol Queen, said her crew moved all 42 passengers to the deck as "
                            + "the fire spread on Lake Varnen. Investigators from Ostby will examine the engine room."));
    static final List<Article> NORDLYS = List.of(
            undated("n1", "Ferry Nordlys Star burns in Port Kaleb",
                    "The ferry Nordlys Star caught fire in Port Kaleb harbour, and 17 passengers were rescued. "
                            + "Captain Tomas Brandt said a kitchen fire spread to the upper deck."),
            undated("n2", "Tomas Brandt praises Nordlys Star crew after Port Kaleb fire",
                    "Tomas Brandt, captain of the Nordlys Star, said the crew saved all 17 passengers when the "
                            + "kitchen fire broke out in Port Kaleb."),
            undated("n3", "Port Kaleb inspectors board the Nordlys Star",
                    "Inspectors in Port Kaleb boarded the Nordlys Star to find how the kitchen fire started. Tomas "
                            + "Brandt said all 17 passengers were safe."));

    static Article undated(String id, String title, String text) {
        return new Article(id, title, "outlet-" + id, null, null, null, "en", title + "\n\n" + text, List.of());
    }

    static List<List<String>> groups(List<Article> articles, ClusterSettings settings) {
        return EventClustererTest.groups(EventClusterer.cluster(articles, settings));
    }

    static List<Article> both() {
        return java.util.stream.Stream.concat(MARISOL.stream(), NORDLYS.stream()).toList();
    }

    @Test
    void twoEventsJoinedByTheOnlinePassAreSplit() {
        ClusterSettings settings = ClusterSettings.defaults().withThreshold(0.01);
        assertEquals(List.of(List.of("m1", "m2", "m3"), List.of("n1", "n2", "n3")), groups(both(), settings));
    }

    @Test
    void withoutTheSplitTheyStayJoined() {
        ClusterSettings settings = ClusterSettings.defaults().withThreshold(0.01).withSplitRatio(0);
        assertEquals(List.of(List.of("m1", "m2", "m3", "n1", "n2", "n3")), groups(both(), settings));
    }

    @Test
    void oneEventIsNotSplit() {
        List<Article> marisol = new java.util.ArrayList<>(MARISOL);
        marisol.add(undated("m4", "Lake Varnen ferry fire: 42 passengers safe",
                "All 42 passengers of the Marisol Queen are safe after the engine room fire on Lake Varnen, "
                        + "captain Edda Holm said in Ostby."));
        marisol.add(undated("m5", "Ostby welcomes Marisol Queen passengers",
                "Families in Ostby welcomed the 42 passengers of the Marisol Queen after the fire on Lake Varnen. "
                        + "Captain Edda Holm thanked the coast guard."));
        marisol.add(undated("m6", "Engine room blamed for Marisol Queen fire",
                "Investigators said the fire on the Marisol Queen began in the engine room. Edda Holm and her crew "
                        + "brought 42 passengers to Ostby."));
        ClusterSettings settings = ClusterSettings.defaults().withThreshold(0.01);
        assertEquals(List.of(List.of("m1", "m2", "m3", "m4", "m5", "m6")), groups(marisol, settings));
    }

    @Test
    void halvesSmallerThanThreeStayWithTheEvent() {
        List<Article> articles = List.of(MARISOL.get(0), MARISOL.get(1), MARISOL.get(2), NORDLYS.get(0),
                NORDLYS.get(1));
        ClusterSettings settings = ClusterSettings.defaults().withThreshold(0.01);
        assertEquals(List.of(List.of("m1", "m2", "m3", "n1", "n2")), groups(articles, settings));
    }
}
