package org.parallax.render;

import java.time.LocalDate;

/**
 * Formats dates for people, as {@code 14 Mar 2031}: unambiguous in every country, and the same whatever the
 * machine's locale (the month names are fixed here, not taken from the JVM), so reports stay byte-identical. Public so
 * that the web UI shows dates the same way.
 */
public final class DisplayDates {
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private DisplayDates() {
    }

    /** {@code 14 Mar 2031}. */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /**
     * The span from {@code start} to {@code end} as briefly as it reads clearly: {@code 14 Mar 2031},
     * {@code 14–15 Mar 2031}, {@code 28 Feb – 2 Mar 2031} or {@code 30 Dec 2030 – 2 Jan 2031}; when only one is
     * known, that one; {@code null} when neither is.
     */
    public static String range(LocalDate start, LocalDate end) {
        if (start == null || end == null || start.equals(end)) {
            LocalDate known = start != null ? start : end;
            return known == null ? null : format(known);
        }
        if (start.getYear() != end.getYear()) {
            return format(start) + " – " + format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return start.getDayOfMonth() + " " + MONTHS[start.getMonthValue() - 1] + " – " + format(end);
        }
        return start.getDayOfMonth() + "–" + format(end);
    }
}
