package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NameHintsTest {

    private static NameHints hints(String attributes) {
        Element e = Jsoup.parse("<div " + attributes + ">x</div>").selectFirst("div");
        return NameHints.of(e);
    }

    @Test
    void aNegativeWordInANameOutweighsAPositiveOneInTheSameName() {
        assertEquals(new NameHints(true, false, false), hints("class='post-ratings'"));
        assertEquals(new NameHints(true, false, false), hints("class='articleMostViewed'"));
        assertEquals(new NameHints(false, true, false), hints("class='entry-meta'"));
        assertEquals(new NameHints(true, false, true), hints("class='entry-content share-tools'"));
    }

    @Test
    void camelCaseAndSeparatorsSplitWords() {
        assertEquals(new NameHints(true, false, false), hints("class='BorlabsCookie'"));
        assertEquals("article-most-viewed", NameHints.words("articleMost_viewed2", true));
        assertEquals(new NameHints(false, false, true), hints("id='storyBody'"));
    }

    @Test
    void wordsInsideOtherWordsDoNotCount() {
        assertEquals(new NameHints(false, false, false), hints("class='commentary-column'"));
        assertEquals(new NameHints(false, false, false), hints("class='navy loaded'"));
        assertEquals(new NameHints(false, false, false), hints("class='sharp'"));
    }

    @Test
    void wordPressTaxonomyClassesAreNotFurniture() {
        assertEquals(new NameHints(false, false, true), hints("class='post type-post tag-ferry category-news'"));
    }
}
