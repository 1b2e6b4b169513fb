package org.parallax.compare;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline of agency copy: "DRAVENHOLM, March 5 (CPA) - ". Its date is when the story was filed, not when the
 * happening was.
 */
final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40},[^\\n]{1,40}?\\s[-\u2013\u2014]\\s");

    private Datelines() {
    }

    /** Whether offset {@code at} of {@code text} lies inside a dateline at the start of a paragraph. */
    static boolean inDateline(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        Matcher m = DATELINE.matcher(text.substring(lineStart, Math.min(text.length(), lineStart + 90)));
        return m.find() && at < lineStart + m.end();
    }
}
