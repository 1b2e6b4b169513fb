package org.parallax.server.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.javalin.http.Context;

/** Reads and checks query parameters, refusing bad ones with a 400 problem that says what is allowed. */
final class Params {
    private Params() {
    }

    /** An optional whole number in {@code [min, max]}, {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ApiProblem.badParameter(name, name + " must be a whole number from " + min + " to " + max
                + ", was '" + raw + "'; omit it for " + fallback);
    }

    /** An optional day as {@code YYYY-MM-DD}, or null. */
    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, name + " must be a date as YYYY-MM-DD, such as 2025-03-01, was '"
                    + raw + "'");
        }
    }

    /** An optional text, stripped, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** A text that must be given. */
    static String requiredText(Context ctx, String name, String example) {
        String v = text(ctx, name);
        if (v == null) {
            throw ApiProblem.badParameter(name, "give the parameter " + name + ", for example ?" + name + "="
                    + example);
        }
        return v;
    }
}
