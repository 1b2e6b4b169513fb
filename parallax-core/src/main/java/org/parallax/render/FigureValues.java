package org.parallax.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.parallax.model.FigureValue;

/**
 * Formats a figure's value for people, the same way in both reports and on every machine: {@code 1,200},
 * {@code 2.5%}, {@code 25 Nov 2022}, a place as written, and {@code about 300,000} when approximate.
 */
final class FigureValues {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FigureValues() {
    }

    /** The value as the reports show it; {@code kind} is the figure's kind ({@code percent} adds a sign). */
    static String format(FigureValue v, String kind) {
        String shown = plain(v.value());
        if (v.value() instanceof Number && "percent".equals(kind)) {
            shown += "%";
        }
        return v.approximate() ? "about " + shown : shown;
    }

    private static String plain(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return grouped(Long.toString(((Number) value).longValue()));
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return "unknown";
            }
            String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            int dot = s.indexOf('.');
            return dot < 0 ? grouped(s) : grouped(s.substring(0, dot)) + s.substring(dot);
        }
        String s = value.toString();
        if (ISO_DATE.matcher(s).matches()) {
            try {
                return DisplayDates.format(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s; // not a real date: shown as written
            }
        }
        return s;
    }

    /** {@code 1200} as {@code 1,200}; a fixed separator, not the machine's locale. */
    private static String grouped(String digits) {
        boolean negative = digits.startsWith("-");
        String d = negative ? digits.substring(1) : digits;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (i > 0 && (d.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(d.charAt(i));
        }
        return (negative ? "-" : "") + out;
    }

    /** An ISO date, month or year shown for people ({@code 25 Nov 2022}); anything else as written. */
    static String date(String iso) {
        return iso == null ? "Date unknown" : plain(iso);
    }
}
