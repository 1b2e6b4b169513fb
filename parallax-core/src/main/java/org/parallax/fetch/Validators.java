package org.parallax.fetch;

/**
 * The validators of a conditional GET: what the server said about the copy we already have.
 *
 * @param etag         the {@code ETag} header, sent back as {@code If-None-Match}; null when none
 * @param lastModified the {@code Last-Modified} header, sent back as {@code If-Modified-Since}; null when none
 */
public record Validators(String etag, String lastModified) {
    /** No validators: an unconditional GET. */
    public static final Validators NONE = new Validators(null, null);

    /** True when there is nothing to send. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
