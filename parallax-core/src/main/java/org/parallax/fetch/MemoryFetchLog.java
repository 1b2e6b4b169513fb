package org.parallax.fetch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link FetchLog} that lives as long as the process: for one-off runs and tests. Thread-safe. */
public final class MemoryFetchLog implements FetchLog {
    private final Map<String, FetchRecord> byUrl = new HashMap<>();
    private final Set<String> canonical = new HashSet<>();
    private final Set<String> hashes = new HashSet<>();

    @Override
    public synchronized Optional<FetchRecord> get(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    @Override
    public synchronized boolean hasCanonical(String canonicalUrl) {
        return canonical.contains(canonicalUrl);
    }

    @Override
    public synchronized boolean hasContent(String contentHash) {
        return hashes.contains(contentHash);
    }

    @Override
    public synchronized void put(FetchRecord record) {
        byUrl.put(record.url(), record);
        if (record.status() == FetchRecord.Status.ADDED) {
            if (record.canonicalUrl() != null) {
                canonical.add(record.canonicalUrl());
            }
            if (record.contentHash() != null) {
                hashes.add(record.contentHash());
            }
        }
    }
}
