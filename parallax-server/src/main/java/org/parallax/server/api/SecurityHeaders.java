package org.parallax.server.api;

import io.javalin.http.Context;

/**
 * The headers every response carries. Article text, titles and URLs are untrusted, so even if a page forgot to
 * escape something, the policy keeps the browser from running inline script or loading anything from elsewhere.
 */
public final class SecurityHeaders {
    /** The Content-Security-Policy: only this server's own scripts, styles and images; no framing, no plugins. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Sets the headers on {@code ctx}'s response. */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
