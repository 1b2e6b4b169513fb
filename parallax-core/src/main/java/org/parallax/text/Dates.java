package org.parallax.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates written the ways news metadata and article headers write them: ISO-8601 dates and
 * timestamps, RFC 1123 ({@code Fri, 25 Nov 2022 10:00:00 GMT}), {@code November 25, 2022}, {@code 25 November 2022},
 * {@code 25.11.2022}, {@code 2022/11/25}. Only unambiguous forms are read: {@code 11/12/2022} (month or day first?)
 * is not.
 */
public final class Dates {
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern SLASH_YMD = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern DOTTED_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(?<![a-z])" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})(?!\\d)");
    private static final List<DateTimeFormatter> TIMESTAMPS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("EEE, d MMM yyyy HH:mm[:ss] zzz").toFormatter(Locale.ROOT));

    private Dates() {
    }

    /**
     * The calendar date that {@code s} states, or {@code null} when it states none unambiguously. A timestamp with
     * an offset gives the date at that offset (the date the outlet printed), not the UTC date.
     */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        LocalDate stamped = parseTimestamp(t);
        return stamped != null ? stamped : find(t);
    }

    /** The first date written anywhere in {@code text} (e.g. a header line), or {@code null}. */
    public static LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : List.of(ISO_DATE, SLASH_YMD, DOTTED_DMY, MONTH_DAY_YEAR, DAY_MONTH_YEAR)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null) {
                    if (m.start() < bestAt) {
                        best = d;
                        bestAt = m.start();
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static LocalDate parseTimestamp(String t) {
        for (DateTimeFormatter f : TIMESTAMPS) {
            try {
                return ZonedDateTime.parse(t, f).toLocalDate();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T')).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO_DATE || p == SLASH_YMD) {
                return of(m.group(1), m.group(2), m.group(3));
            }
            if (p == DOTTED_DMY) {
                return of(m.group(3), m.group(2), m.group(1));
            }
            if (p == MONTH_DAY_YEAR) {
                return of(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
            }
            return of(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate of(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1800 || y > 2200) {
            return null;
        }
        return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

}
