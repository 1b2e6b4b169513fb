package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the text reader: {@link TextDecoder} on any bytes, then {@link Mojibake#repair} and the HTML sniffing on
 * what it decoded. Refusing the bytes ({@link Rejected}) is fine; any other exception is a finding.
 */
class TextDecoderFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void decode(byte[] data) {
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(data);
        } catch (Rejected e) {
            return;
        }
        String text = decoded.text();
        assertFalse(text.indexOf('\r') >= 0, "line ends not normalised");
        assertFalse(text.startsWith("\uFEFF"), "byte-order mark kept");
        // Not asserted: repair(repair(x)) == repair(x). The first run found text with several layers of mojibake
        // that a second repair takes one layer further; the pipeline repairs once, so that is harmless.
        Mojibake.repair(text);
        Ingestor.looksLikeHtml(text);
    }
}
