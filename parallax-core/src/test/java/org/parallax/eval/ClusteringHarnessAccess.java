package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.parallax.model.Article;

/** Lets development probes in other packages read what the harness reads. */
public final class ClusteringHarnessAccess {
    private ClusteringHarnessAccess() {
    }

    public static List<Article> read(Path eventsJson) throws IOException {
        return ClusteringHarness.readEventsJson(eventsJson);
    }

    public static Map<String, String> gold(Path goldJsonl) throws IOException {
        return ClusteringHarness.readGold(goldJsonl);
    }
}
