package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.Settings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax demo}: copies the bundled demo corpus next to the report and analyses it exactly as
 * {@code parallax analyze} would, so a new user sees the whole tool work without bringing articles.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Analyses the bundled demo corpus: invented articles by invented outlets about two invented "
                + "bridge collapses. The articles are copied to DIR/corpus so you can read the inputs; the report "
                + "is written to DIR.",
                "Exit status: as for analyze (0 success, 2 usage error, 3 some inputs could not be read)."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out/demo",
            description = "Where to put the corpus copy and the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Path corpus = out.resolve("corpus");
        // Analyse exactly the files just copied, not the folder: a corpus folder left by an older version may hold
        // files this version no longer ships.
        List<Path> files = DemoCorpus.copyTo(corpus);
        stdout.println("Demo corpus: " + files.size() + " files copied to " + corpus.toAbsolutePath().normalize());
        stdout.println();
        stdout.flush();
        int status = AnalyzeCommand.run(files, out, Settings.defaults(), stdout, spec.commandLine().getErr());
        stdout.println();
        stdout.println("Open " + out.resolve("index.html").toAbsolutePath().normalize()
                + " in a browser to compare how the outlets covered each event.");
        stdout.flush();
        return status;
    }
}
