package org.parallax.store;

import org.parallax.Settings;

/**
 * How a workspace processes what is added to it.
 *
 * @param pipeline      the pipeline settings (threads, ingest limits, clustering, annotation on or off)
 * @param maxTextChars  longest article text accepted, in characters; longer ones are refused with a problem
 */
public record WorkspaceSettings(Settings pipeline, int maxTextChars) {

    /** The default pipeline settings and a 1,000,000-character article limit. */
    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(Settings.defaults(), 1_000_000);
    }
}
