package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One distinct person, organisation, place or other named thing of an article.
 *
 * @param text         the longest surface form the article uses for it (the first one on a tie)
 * @param type         PERSON, ORGANIZATION, LOCATION or MISC
 * @param canonical    the full name it is joined to in this article ("Putin" -> "Vladimir Putin")
 * @param mentions     how many times the article names it
 * @param descriptions the roles and descriptions the article gives it, in order of first appearance
 */
public record Entity(String text, String type, String canonical, int mentions, List<String> descriptions) {

    /** The entity types CoreNLP's 4-class model produces. */
    public static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        descriptions = List.copyOf(descriptions);
    }
}
