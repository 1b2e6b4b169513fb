package org.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps each distinct term to a small integer id, in the order terms are first seen. Vectors, centroids and posting
 * lists then hold ints instead of strings: less memory (one string per distinct term, not one per occurrence) and
 * array look-ups instead of string hashing. Not thread-safe.
 */
final class TermDictionary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();

    /** The id of a term, giving it the next free id if it is new. */
    int intern(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = terms.size();
            ids.put(term, id);
            terms.add(term);
        }
        return id;
    }

    /** The id of a known term, or -1. */
    int find(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** The term with the given id. */
    String term(int id) {
        return terms.get(id);
    }

    /** Number of distinct terms. */
    int size() {
        return terms.size();
    }
}
