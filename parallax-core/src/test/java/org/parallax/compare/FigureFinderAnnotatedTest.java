package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.annotate.Annotator;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;

/** The figure finder on annotations made by the real annotator, from short fictional articles. */
class FigureFinderAnnotatedTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 7);

    private static Article article(String id, String outlet, String text) {
        return new Article(id, null, outlet, null, PUBLISHED, null, "en", text, List.of());
    }

    @Test
    void findsTheDisputedTollInAnnotatedArticles() {
        List<Article> articles = List.of(
                article("a-herald", "Kelmouth Herald", "Four people were killed and 15 injured when a gas tank"
                        + " exploded at the Ostry brewery on Friday, according to the fire service."),
                article("b-wire", "Brisk Wire", "Four people died and 17 people were injured in the explosion at the"
                        + " Ostry brewery late on Friday, officials said."),
                article("c-times", "Valley Times", "The blast at the Ostry brewery on Friday killed four people and"
                        + " injured more than a dozen, judging from hospital figures."));
        Map<String, Annotations> annotations = new HashMap<>();
        for (Article a : articles) {
            annotations.put(a.id(), ANNOTATOR.annotate(a, p -> { }));
        }
        Coverage c = new Coverage(new Event("e", null, List.of("a-herald", "b-wire", "c-times"), PUBLISHED, PUBLISHED),
                articles, annotations);
        FigureFinder.Figures f = new FigureFinder().find(c);
        List<String> lines = new ArrayList<>();
        for (Figure fig : f.conflicts()) {
            StringBuilder b = new StringBuilder(fig.about());
            for (FigureValue v : fig.values()) {
                b.append(" | ").append(v.value()).append(' ').append(v.articleIds());
            }
            lines.add(b.toString());
        }
        assertEquals(List.of("person injured: injured | 12 [c-times] | 15 [a-herald] | 17 [b-wire]"), lines);
        Figure killed = f.figures().stream().filter(x -> x.about().startsWith("person killed")).findFirst().orElseThrow();
        assertEquals(4L, killed.values().get(0).value());
        assertEquals(List.of("a-herald", "b-wire", "c-times"), killed.values().get(0).articleIds());
    }
}
