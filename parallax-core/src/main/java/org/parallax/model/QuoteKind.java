package org.parallax.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a quote renders speech: verbatim in quote marks, reported in the writer's words, or a quoted fragment. */
public enum QuoteKind {
    /** Verbatim words in quote marks, a full statement. */
    DIRECT,
    /** Reported speech without quote marks ("X said that ..."). */
    INDIRECT,
    /** A quoted word or fragment inside the writer's own sentence (scare quotes, "puppet mothers"). */
    PARTIAL;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
