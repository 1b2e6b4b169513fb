package org.parallax.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits article text into paragraphs (separated by blank lines) and their lines, the structure both reports show.
 * Every line end counts: {@code \n}, {@code \r\n}, {@code \r}, and the Unicode line and paragraph separators.
 */
final class Paragraphs {
    private static final Pattern LINE_END = Pattern.compile("\r\n|[\n\u000B\u000C\r\u0085\u2028\u2029]");

    private Paragraphs() {
    }

    /** The paragraphs of {@code text}, each a list of its lines, stripped; blank lines only separate. */
    static List<List<String>> of(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : LINE_END.split(text, -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(List.copyOf(current));
                    current.clear();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(List.copyOf(current));
        }
        return paragraphs;
    }
}
