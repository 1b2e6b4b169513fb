package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void urlsOfOnePageNormaliseAlike() {
        String plain = "daily-lantern.example/news/korvath-dam";
        assertEquals(plain, Fingerprints.normalizedUrl("https://www.daily-lantern.example/news/korvath-dam"));
        assertEquals(plain, Fingerprints.normalizedUrl("http://Daily-Lantern.example:80/news/korvath-dam/"));
        assertEquals(plain, Fingerprints.normalizedUrl(
                " https://daily-lantern.example/news/korvath-dam?utm_source=feed&fbclid=x#comments "));
        assertEquals(plain + "?page=2", Fingerprints.normalizedUrl(
                "https://daily-lantern.example/news/korvath-dam?utm_medium=rss&page=2"));
        assertEquals("daily-lantern.example:8080/a", Fingerprints.normalizedUrl("http://daily-lantern.example:8080/a"));
        assertNotEquals(plain, Fingerprints.normalizedUrl("https://daily-lantern.example/news/Korvath-Dam"));
    }

    @Test
    void aFrontPageOrNoUrlIsNoFingerprint() {
        assertNull(Fingerprints.normalizedUrl(null));
        assertNull(Fingerprints.normalizedUrl("  "));
        assertNull(Fingerprints.normalizedUrl("https://www.daily-lantern.example/"));
        assertNull(Fingerprints.normalizedUrl("https://daily-lantern.example?utm_source=x"));
        assertEquals("not a url", Fingerprints.normalizedUrl(" not a url "));
    }

    @Test
    void textHashIgnoresCaseSpacingAndPunctuation() {
        String h = Fingerprints.textHash("The dam failed.\n\nWater rose!");
        assertEquals(h, Fingerprints.textHash("the  DAM failed —\nwater rose"));
        assertNotEquals(h, Fingerprints.textHash("The dam held. Water rose."));
        assertEquals(64, h.length());
    }
}
