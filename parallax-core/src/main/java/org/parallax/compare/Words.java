package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lower-cased word tokens of a text: letters and digits, with inner hyphens and apostrophes kept ("cover-up", "Russia's"), so that the
 * comparison sections count words the same way.
 */
final class Words {
    /** A word: letters and digits, with inner hyphens and apostrophes ("cover-up", "Russia's"). */
    static final Pattern PATTERN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    /** The words of {@code text}, lower-cased, in order. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }
}
