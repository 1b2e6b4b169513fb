package org.parallax.ingest;

/**
 * Thrown inside the ingest stage when a file or record cannot be used; {@link Ingestor} turns it into a skipped
 * {@link org.parallax.model.Problem} carrying the reason.
 */
public final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    /** A rejection with the reason in words a user can act on, such as {@code "binary file"}. */
    public Rejected(String reason) {
        super(reason, null, false, false);
    }
}
