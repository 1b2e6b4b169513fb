package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parallax.model.Analysis;
import org.parallax.render.Reports;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax export --data DIR --out OUT}: writes a workspace as events.json and the report. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole workspace (every article, event, annotation and dossier) as events.json, "
                + "index.html and events.md, as 'parallax analyze' writes a run.",
                "Exit status: 0 success, 1 the workspace cannot be opened (the message says why), 2 usage error."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "The workspace folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out",
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Analysis analysis;
        try (Workspace ws = Workspace.open(data, WorkspaceSettings.defaults())) {
            analysis = ws.export();
        }
        Reports.writeAll(analysis, out);
        spec.commandLine().getOut().printf("%d articles, %d events%nReport: %s%nData:   %s%n",
                analysis.articles().size(), analysis.events().size(),
                out.resolve("index.html").toAbsolutePath().normalize(),
                out.resolve("events.json").toAbsolutePath().normalize());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
