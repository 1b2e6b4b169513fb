package org.parallax.model;

import java.util.List;

/**
 * Someone (or an organisation) involved in the event, merged across articles.
 *
 * @param name         the fullest name the coverage uses
 * @param type         {@code PERSON} or {@code ORGANIZATION}
 * @param articleIds   the articles that mention them, sorted
 * @param descriptions how each article describes them
 */
public record Person(String name, String type, List<String> articleIds, List<Description> descriptions) {

    public Person {
        articleIds = List.copyOf(articleIds);
        descriptions = List.copyOf(descriptions);
    }
}
