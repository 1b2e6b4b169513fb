package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Analysis;
import org.parallax.model.Event;
import org.parallax.render.EventsJson;

/** analyze --data, export and reindex through the command line. */
class WorkspaceCommandsTest {

    private static final String QUARRY_1 = """
            Quarry wall collapses near Ennisford, two workers rescued

            date 2031-10-06

            A wall of the Ennisford quarry collapsed on Monday, and rescuers pulled two workers from the rubble, \
            site manager Oona Prell said. The Ennisford quarry will stay closed while inspectors examine the wall.
            """;
    private static final String QUARRY_2 = """
            Two rescued after Ennisford quarry collapse

            date 2031-10-07

            Rescuers freed two workers after a quarry wall collapsed at Ennisford, said Oona Prell, who manages \
            the site. Inspectors will examine the collapsed wall before the Ennisford quarry reopens.
            """;
    private static final String REGATTA = """
            Selby Water regatta won by the Hartwell crew

            date 2031-09-14

            The Hartwell rowing crew won the Selby Water regatta on Sunday by two lengths, ahead of the crews from \
            Dunmere and Caddon.
            """;

    @Test
    void analyzeAddsToAWorkspaceAndExportWritesIt(@TempDir Path tmp) throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.writeString(first.resolve("quarry-1.txt"), QUARRY_1);
        Files.writeString(first.resolve("regatta.txt"), REGATTA);
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.writeString(second.resolve("quarry-2.txt"), QUARRY_2);
        Files.writeString(second.resolve("regatta-again.txt"), REGATTA);
        Files.writeString(second.resolve("empty.txt"), "");
        Path data = tmp.resolve("ws");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("analyze", first.toString(), "--data", data.toString(), "--no-annotate");
        assertEquals(0, run.status(), run.err());
        assertEquals("2 added, 0 duplicates, 0 rejected; 2 events touched\nWorkspace: "
                + data.toAbsolutePath().normalize() + " (2 articles, 2 events)\n", run.out());
        assertFalse(Files.exists(out)); // no --out: no report

        run = CliRun.of("analyze", second.toString(), "--data", data.toString(), "--no-annotate", "--out",
                out.toString());
        assertEquals(3, run.status(), run.err()); // the empty file was skipped
        assertTrue(run.err().contains("empty.txt"), run.err());
        assertTrue(run.out().startsWith("1 added, 1 duplicates, 0 rejected; 1 events touched\n"
                + "  duplicate: same text as article regatta\n"), run.out());
        Analysis written = EventsJson.read(out.resolve("events.json"));
        assertEquals(List.of(List.of("quarry-1", "quarry-2"), List.of("regatta")),
                written.events().stream().map(Event::articleIds).toList());

        Path exported = tmp.resolve("exported");
        run = CliRun.of("export", "--data", data.toString(), "--out", exported.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("3 articles, 2 events\n"), run.out());
        assertEquals(Files.readString(out.resolve("events.json")), Files.readString(exported.resolve("events.json")));
        assertTrue(Files.isRegularFile(exported.resolve("index.html")));

        run = CliRun.of("reindex", "--data", data.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("Reindexed 3 articles (2 events) in " + data.toAbsolutePath().normalize() + "\n", run.out());
    }
}
