package org.parallax.fetch;

import java.util.Optional;

/**
 * The memory of what was fetched: kept in the workspace (table {@code fetched}) so that nothing is fetched twice
 * across runs, or in memory for a single run.
 */
public interface FetchLog {

    /** What is known about {@code url}, if it was fetched before. */
    Optional<FetchRecord> get(String url);

    /** True when an article with this canonical URL was already added. */
    boolean hasCanonical(String canonicalUrl);

    /** True when an article with this content hash was already added. */
    boolean hasContent(String contentHash);

    /** Records (or replaces) what is known about {@code record.url()}. */
    void put(FetchRecord record);
}
