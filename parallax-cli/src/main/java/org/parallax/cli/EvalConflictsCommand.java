package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parallax.eval.ConflictEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax eval conflicts --gold GOLD.jsonl EVENTS.json}: for every gold slot, whether the dossier's figures
 * hold the true value and whether it shows a conflict where the outlets disagree; prints per-slot results, value
 * recall and conflict precision and recall (definitions in {@link ConflictEval}).
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "Score the dossier's figures and conflicts against gold slots (JSON Lines: "
                + "{event, slot, value, conflict}; event: an article id of the event, or the event id).")
final class EvalConflictsCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "Gold file: {event, slot, value[, conflict]} per line.")
    private Path gold;

    @Parameters(index = "0", paramLabel = "EVENTS.json", description = "The events.json written by analyze.")
    private Path events;

    @Override
    public Integer call() {
        for (Path p : new Path[] {gold, events}) {
            if (!Files.isRegularFile(p)) {
                System.err.println("eval conflicts: no such file: " + p);
                return 2;
            }
        }
        try {
            System.out.print(ConflictEval.run(gold, events).format());
            return 0;
        } catch (IOException e) {
            System.err.println("eval conflicts: cannot read " + events + ": " + e.getMessage());
            return 2;
        }
    }
}
