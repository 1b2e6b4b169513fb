package org.parallax.model;

import java.util.Objects;

/**
 * A date the article mentions.
 *
 * @param text     the phrase as written ("Friday", "November 22", "last week")
 * @param value    ISO-8601: a day ({@code 2022-11-25}), a month ({@code 2022-11}), a year ({@code 2014}), a week
 *                 ({@code 2022-W47}) or an interval ({@code 2022-11-21/2022-11-23}); null when it cannot be
 *                 resolved (a relative date in an article without a published date, a holiday name)
 * @param sentence the sentence the date is in, as it stands in the text
 * @param start    character offset of {@code text} in the article text
 * @param end      character offset just after {@code text}
 */
public record DateMention(String text, String value, String sentence, int start, int end) {

    public DateMention {
        Objects.requireNonNull(text, "text");
    }
}
