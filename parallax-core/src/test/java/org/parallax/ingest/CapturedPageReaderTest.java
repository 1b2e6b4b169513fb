package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateSource;
import org.parallax.model.RawArticle;

class CapturedPageReaderTest {
    private static final String BODY = "<body><article><h1>Ferry service resumes in Port Averlin</h1>"
            + "<p>The harbour authority of Port Averlin said the ferry between the two halves of the town would run "
            + "again from Monday, after engineers inspected both landing stages over the weekend.</p>"
            + "<p>Commuters had used a temporary bus link for three weeks while the landing stages were closed, and "
            + "the authority thanked them for their patience in a statement on its website.</p></article></body>";
    private static final Instant CAPTURED = Instant.parse("2031-03-20T08:15:00Z");

    private final CapturedPageReader reader = new CapturedPageReader();

    @Test
    void pageWithoutDateOrCanonicalTakesBothFromTheCapture() throws Rejected {
        RawArticle a = reader.read("<html><head><title>Ferry</title></head>" + BODY, "c-1", "crawl.warc:1",
                "https://harbour.example/news/ferry", CAPTURED);
        assertEquals("https://harbour.example/news/ferry", a.url());
        assertEquals("harbour.example", a.outlet());
        assertEquals(LocalDate.of(2031, 3, 20), a.published());
        assertEquals(DateSource.CRAWL, a.publishedSource());
    }

    @Test
    void dateInTheCaptureAddressBeatsTheCaptureDay() throws Rejected {
        RawArticle a = reader.read("<html><head><title>Ferry</title></head>" + BODY, "c-2", "crawl.warc:2",
                "https://harbour.example/2031/03/14/ferry", CAPTURED);
        assertEquals(LocalDate.of(2031, 3, 14), a.published());
        assertEquals(DateSource.URL, a.publishedSource());
    }

    @Test
    void thePagesOwnMetadataComesFirst() throws Rejected {
        RawArticle a = reader.read("<html><head><title>Ferry</title>"
                        + "<link rel=canonical href=\"https://coastal-ledger.example/ferry-resumes\">"
                        + "<meta property=\"article:published_time\" content=\"2031-03-13T17:00:00Z\"></head>" + BODY,
                "c-3", "crawl.warc:3", "https://mirror.example/copy", CAPTURED);
        assertEquals("https://coastal-ledger.example/ferry-resumes", a.url());
        assertEquals("coastal-ledger.example", a.outlet());
        assertEquals(LocalDate.of(2031, 3, 13), a.published());
        assertEquals(DateSource.METADATA, a.publishedSource());
    }
}
