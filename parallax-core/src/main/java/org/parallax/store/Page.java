package org.parallax.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the results on this page
 * @param page  this page's number, from 1
 * @param size  the page size asked for
 * @param total how many results there are over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** Whether a later page has results. */
    public boolean hasNext() {
        return (long) page * size < total;
    }
}
