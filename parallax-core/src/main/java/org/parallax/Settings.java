package org.parallax;

import org.parallax.cluster.ClusterSettings;
import org.parallax.ingest.IngestSettings;

/**
 * Everything a run depends on besides its input. Two runs with equal settings on equal input give byte-identical
 * output, whatever the number of threads.
 *
 * @param threads number of worker threads for per-article stages
 * @param ingest  input limits
 * @param cluster event clustering settings
 * @param annotate whether to run the annotation stage (CoreNLP: entities, quotes, quantities, dates, attributions)
 */
public record Settings(int threads, IngestSettings ingest, ClusterSettings cluster, boolean annotate) {

    public Settings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** One thread per available core, the default limits, annotation on. */
    public static Settings defaults() {
        return new Settings(Runtime.getRuntime().availableProcessors(), IngestSettings.defaults(),
                ClusterSettings.defaults(), true);
    }

    /** These settings with another thread count. */
    public Settings withThreads(int n) {
        return new Settings(n, ingest, cluster, annotate);
    }

    /** These settings with other clustering settings. */
    public Settings withCluster(ClusterSettings c) {
        return new Settings(threads, ingest, c, annotate);
    }

    /** These settings with the annotation stage on or off. */
    public Settings withAnnotate(boolean on) {
        return new Settings(threads, ingest, cluster, on);
    }
}
