package org.parallax.compare;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sentence with everything the aligner compares: its outlet key, its embedding and its lexical features.
 *
 * @param sentence the sentence and its span
 * @param outlet   the outlet key: the article's outlet, or its id when the outlet is unknown
 * @param vector   the unit-length sentence embedding
 * @param content  content-word stems
 * @param names    entity canonical names and numbers the sentence mentions (lower case)
 */
public record ProfiledSentence(Sentence sentence, String outlet, float[] vector, Set<String> content,
                               Set<String> names) {

    public ProfiledSentence {
        // Sorted, not Set.copyOf: the iteration order of the JDK's immutable sets changes from run to run, and sums
        // over these sets must come out the same every time.
        content = Collections.unmodifiableSortedSet(new TreeSet<>(content));
        names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /** The article the sentence belongs to. */
    public String articleId() {
        return sentence.articleId();
    }
}
