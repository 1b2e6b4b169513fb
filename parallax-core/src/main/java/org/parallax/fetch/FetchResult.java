package org.parallax.fetch;

import org.parallax.model.Problem;

/**
 * What fetching one URL gave.
 *
 * @param outcome    fetched, not modified, or failed
 * @param url        the URL asked for
 * @param finalUrl   the URL the content came from, after redirects (the URL asked for when none)
 * @param status     the last HTTP status, or 0 when no response came
 * @param mediaType  the response's media type without parameters, lower case; null when none
 * @param charset    the charset the Content-Type header names; null when none
 * @param body       the decoded (un-gzipped) body; empty unless fetched
 * @param validators the response's ETag and Last-Modified, for the next conditional GET
 * @param reason     why it failed, in words a user can act on; null unless failed
 */
public record FetchResult(Outcome outcome, String url, String finalUrl, int status, String mediaType, String charset,
                          byte[] body, Validators validators, String reason) {

    /** How a fetch ended. */
    public enum Outcome {
        /** Status 200 with content of the expected kind. */
        FETCHED,
        /** Status 304: the copy we have is current. */
        NOT_MODIFIED,
        /** Anything else; {@code reason} says what. */
        FAILED
    }

    static FetchResult failed(String url, String finalUrl, int status, String reason) {
        return new FetchResult(Outcome.FAILED, url, finalUrl, status, null, null, new byte[0], Validators.NONE,
                reason);
    }

    /** True when content came back. */
    public boolean fetched() {
        return outcome == Outcome.FETCHED;
    }

    /** The failure as a problem naming the URL; only for a failed result. */
    public Problem problem() {
        return Problem.skipped(url, 0, reason == null ? "not fetched" : reason);
    }
}
