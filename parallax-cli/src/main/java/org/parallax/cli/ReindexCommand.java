package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parallax.store.Stats;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax reindex [--data DIR]}: rebuilds a workspace's search index from its database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the full-text search index of a workspace from its database (the system of "
                + "record). Opening a workspace already does this when the index is missing or behind; run it by "
                + "hand after deleting or damaging the index folder.",
                "Exit status: 0 success, 1 the workspace cannot be opened (the message says why), 2 usage error."})
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "The workspace folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws IOException {
        Stats stats;
        try (Workspace ws = Workspace.open(data, WorkspaceSettings.defaults())) {
            ws.reindex();
            stats = ws.stats();
        }
        spec.commandLine().getOut().printf("Reindexed %d articles (%d events) in %s%n", stats.articles(),
                stats.events(), data.toAbsolutePath().normalize());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
