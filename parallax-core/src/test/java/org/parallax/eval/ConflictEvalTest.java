package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ConflictEvalTest {
    private static final String EVENTS = """
            {"events": [{"id": "e1", "articleIds": ["herald-1", "wire-1"],
              "figures": [
                {"about": "person killed: died / dead", "kind": "count", "values": [
                  {"value": 3, "approximate": false, "articleIds": ["herald-1", "wire-1"], "evidence": []}]},
                {"about": "person injured: injured / hurt", "kind": "count", "values": [
                  {"value": 12, "approximate": false, "articleIds": ["herald-1"], "evidence": []},
                  {"value": 14, "approximate": false, "articleIds": ["wire-1"], "evidence": []}]},
                {"about": "date of the main happening", "kind": "date", "values": [
                  {"value": "2031-05-09", "approximate": false, "articleIds": ["herald-1", "wire-1"], "evidence": []}]}],
              "conflicts": [
                {"about": "person injured: injured / hurt", "kind": "count", "values": [
                  {"value": 12, "approximate": false, "articleIds": ["herald-1"], "evidence": []},
                  {"value": 14, "approximate": false, "articleIds": ["wire-1"], "evidence": []}]}]}]}
            """;

    @Test
    void scoresValuesAndConflictsPerSlot() throws Exception {
        List<ConflictEval.GoldSlot> gold = new ArrayList<>();
        int skipped = ConflictEval.readGold(List.of(
                "{\"event\": \"wire-1\", \"slot\": \"injured\", \"value\": 12, \"conflict\": true}",
                "{\"event\": \"e1\", \"slot\": \"people dead\", \"value\": 3}",
                "{\"event\": \"herald-1\", \"slot\": \"date\", \"value\": \"2031-05-09\", \"conflict\": true}",
                "{\"event\": \"herald-1\", \"slot\": \"arrested\", \"value\": 2}",
                "{\"event\": \"nobody\", \"slot\": \"dead\", \"value\": 3}",
                "not json", ""), gold);
        assertEquals(1, skipped);
        ConflictEval.Report r = ConflictEval.score(gold, new ObjectMapper().readTree(EVENTS), skipped);
        assertEquals(List.of("true true true", "true true false", "true true false", "true false false",
                        "false false false"),
                r.slots().stream().map(s -> s.eventFound() + " " + s.valueFound() + " " + s.shownConflict()).toList());
        assertEquals("""
                event	slot	value	value found	gold conflict	shown conflict
                wire-1	injured	12	yes	yes	yes
                e1	people dead	3	yes	no	no
                herald-1	date	2031-05-09	yes	yes	no
                herald-1	arrested	2	no	no	no
                nobody	dead	3	no event	no	no
                gold slots: 5 (1 unreadable line(s) skipped)
                value recall        0.600 (3/5)
                conflict precision  1.000 (1/1 slots shown as conflicts)
                conflict recall     0.500 (1/2 slots where outlets disagree)
                """, r.format());
    }

    @Test
    void slotWordsAreSingularAndHappeningWordsTheirClass() {
        assertEquals(Set.of("killed"), ConflictEval.words("people dead"));
        assertEquals(Set.of("woman", "present"), ConflictEval.words("women who took part"));
        assertEquals(Set.of("date"), ConflictEval.words("when"));
    }
}
