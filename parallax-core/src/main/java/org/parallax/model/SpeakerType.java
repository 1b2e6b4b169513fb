package org.parallax.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of source a speaker is, from NER and the noun's number. */
public enum SpeakerType {
    /** A named person (NER PERSON), or a pronoun resolved to one. */
    PERSON,
    /** A named organisation (NER ORGANIZATION), or a state or place speaking as an institution. */
    ORGANIZATION,
    /** A plural noun phrase: "officials", "residents", "they". */
    GROUP,
    /** Anything else, including no speaker. */
    UNKNOWN;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
