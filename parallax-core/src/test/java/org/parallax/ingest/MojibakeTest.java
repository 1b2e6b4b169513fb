package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // UTF-8 read as Windows-1252
        "donâ€™t panic|don’t panic",
        "waitâ€¦ what|wait… what",
        "2010â€“2012|2010–2012",
        "the mayor â€” a baker â€” said|the mayor — a baker — said",
        "CafÃ© au lait|Café au lait",
        "crÃ¨me brÃ»lÃ©e|crème brûlée",
        "Ã‰TÃ‰ in the city|ÉTÉ in the city",
        "MÃ¼nchen and KÃ¶ln|München and Köln",
        "El niÃ±o|El niño",
        "Copyright Â© Harbour Post|Copyright © Harbour Post",
        "Â£40 million|£40 million",
        "Å\u0081Ã³dÅº and GdaÅ„sk|Łódź and Gdańsk",
        "Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€|привет мир",
        "Î‘Î¸Î®Î½Î±|Αθήνα",
        "æ—¥æœ¬|日本",
        "ðŸ˜€ emoji|😀 emoji",
        "â‚¬5|€5",
        // UTF-8 read as Mac Roman
        "Putin said. ‚ÄúThere is no plan.‚Äù|Putin said. “There is no plan.”",
        "it‚Äôs late|it’s late",
        "yes ‚Äî no|yes — no",
        "caf√© and na√Øve|café and naïve",
        // mangled twice
        "donÃ¢â‚¬â„¢t|don’t",
    })
    void repairsUnambiguousRuns(String broken, String repaired) {
        assertEquals(repaired, Mojibake.repair(broken));
    }

    @Test
    void repairsUtf8ThatLatin1DecoderProduced() {
        // The right double quote is E2 80 9D; 9D is undefined in Windows-1252, so sloppy decoders yield U+009D.
        assertEquals("“quoted”", Mojibake.repair("â€œquotedâ€\u009d"));
        assertEquals("Í", Mojibake.repair("Ã\u008d"));
        // ... or drop it, or make it U+FFFD: "â€" before a space or U+FFFD can only have been ”.
        assertEquals("“Hello” she said", Mojibake.repair("â€œHelloâ€ she said"));
        assertEquals("“Hello”", Mojibake.repair("â€œHelloâ€\uFFFD"));
        assertEquals("“Hello”", Mojibake.repair("â€œHelloâ€"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ã", "Ã ", "São Paulo", "NÃO", "Äpfel und Übermäßig", "ÄRGER", "¿Qué pasó?", "Año útil", "ú",
        "Ça va?", "«Bonjour»", "« été »", "été…", "“été”", "—à la carte", "naïve café", "Ål", "©2024",
        "½ cup", "“quoted” and ‘single’", "„Gruß“", "Привет мир", "日本語", "AÑ…", "IRMÃ”", "MAÇÃ…",
        "Dvořák’s Šárka", "Zürich’s “Grüne”", "x ≈ 3", "90° ± 2", "Ä", "Ã©", "ÉTÉ…",
    })
    void leavesLegitimateTextAlone(String text) {
        if (text.equals("Ã©")) {
            // a complete pair is always mojibake: no language spells "Ã©"
            assertEquals("é", Mojibake.repair(text));
        } else {
            assertEquals(text, Mojibake.repair(text));
        }
    }

    @Test
    void leavesLoneOtherScriptLetterAlone() {
        // "Ñ…" would decode to Cyrillic "х", but a lone Cyrillic letter amid Spanish is not evidence of mojibake.
        assertEquals("ESPAÑ… y más", Mojibake.repair("ESPAÑ… y más"));
        // "ß“" would be U+07D3 (N'Ko): not a plausible result at all.
        assertEquals("„Gruß“", Mojibake.repair("„Gruß“"));
    }

    @Test
    void repairsMixedTextAndKeepsCorrectCharacters() {
        String mixed = "He said “yes”. Then: ‚ÄúNo.‚Äù And cafÃ© closed.";
        assertEquals("He said “yes”. Then: “No.” And café closed.", Mojibake.repair(mixed));
    }

    @Test
    void roundTripsWholeSentencesThroughBothCharsets() {
        String clean = "Ministers met in Zürich – “a long day,” said Renée Duval; the café’s owner agreed…";
        String viaWindows = new String(clean.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        String viaMac = new String(clean.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
        assertEquals(clean, Mojibake.repair(viaWindows));
        assertEquals(clean, Mojibake.repair(viaMac));
    }

    @Test
    void returnsSameInstanceForAsciiAndNullForNull() {
        String ascii = "plain ascii text";
        assertSame(ascii, Mojibake.repair(ascii));
        assertNull(Mojibake.repair(null));
    }
}
