package org.parallax.store;

import java.io.IOException;

/** A workspace cannot be opened or written; the message says why and what to do. */
public final class WorkspaceException extends IOException {

    /** An error with a message that says what to do. */
    public WorkspaceException(String message) {
        super(message);
    }

    /** An error with a message that says what to do, and its cause. */
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
