package org.parallax.model;

import java.util.List;

/**
 * A statement found in the coverage of an event: shared by several outlets (consensus) or made by one only
 * (a unique claim).
 *
 * @param statement the clearest wording among the aligned sentences
 * @param articleIds the articles that state it, sorted
 * @param evidence  the sentences that state it, one or more per article
 */
public record Claim(String statement, List<String> articleIds, List<Evidence> evidence) {

    public Claim {
        articleIds = List.copyOf(articleIds);
        evidence = List.copyOf(evidence);
    }
}
