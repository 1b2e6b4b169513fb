package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.compare.Lemmas;
import org.parallax.compare.SlotContext;

/**
 * Scores the figures and conflicts of events.json against gold slots.
 *
 * <p>Gold is JSON Lines, one slot per line: {@code {"event": ..., "slot": ..., "value": ..., "conflict": true}}.
 * <ul>
 *   <li>{@code event}: an article id of the event, or the event id (event ids are hashes of the members, so an
 *       article id is the stable way to name an event);</li>
 *   <li>{@code slot}: words for what is counted or stated ("injured", "dead", "women present", "date", "place");</li>
 *   <li>{@code value}: the true value: a number, an ISO date or a place name;</li>
 *   <li>{@code conflict} (optional, default false): whether the outlets disagree on this slot.</li>
 * </ul>
 *
 * <p><b>Slot matching.</b> The slot and a figure's {@code about} (plus its {@code kind}) are reduced to words:
 * lower case, singular ("women" -&gt; "woman"), happening words to their class ("dead", "died" -&gt; "killed";
 * "hurt", "wounded" -&gt; "injured"), "people" to "person"; a few filler words dropped. A figure matches the slot when
 * every slot word is among its words. A figure about "person killed: died / dead" matches the slots "dead",
 * "killed" and "people killed".
 *
 * <p><b>Scores.</b> Value recall: the share of gold slots for which a matching figure holds the gold value
 * (numbers equal within 1e-9, strings equal ignoring case; a gold date also matches a value that starts with it).
 * Conflict precision: of the gold slots for which a matching figure is among the conflicts, the share whose gold
 * says the outlets disagree. Conflict recall: of the gold slots that say the outlets disagree, the share shown as a
 * conflict.
 */
public final class ConflictEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FILLER = Set.of("of", "the", "a", "an", "number", "total", "count", "who",
            "were", "was", "in", "at", "on", "how", "many", "people", "person");

    /** One gold slot. */
    public record GoldSlot(String event, String slot, JsonNode value, boolean conflict) {
    }

    /**
     * The result for one gold slot.
     *
     * @param gold          the gold slot
     * @param eventFound    whether events.json has the event
     * @param valueFound    whether a matching figure holds the gold value
     * @param shownConflict whether a matching figure is among the event's conflicts
     */
    public record SlotResult(GoldSlot gold, boolean eventFound, boolean valueFound, boolean shownConflict) {
    }

    /** All slot results, and the totals. */
    public record Report(List<SlotResult> slots, int skippedLines) {
        /** Copies the list. */
        public Report {
            slots = List.copyOf(slots);
        }

        /** Gold slots whose value the dossier holds. */
        public int valuesFound() {
            return (int) slots.stream().filter(SlotResult::valueFound).count();
        }

        /** Gold slots shown as conflicts. */
        public int shown() {
            return (int) slots.stream().filter(SlotResult::shownConflict).count();
        }

        /** Gold slots shown as conflicts where the gold says the outlets disagree. */
        public int shownCorrect() {
            return (int) slots.stream().filter(s -> s.shownConflict() && s.gold().conflict()).count();
        }

        /** Gold slots where the outlets disagree. */
        public int goldConflicts() {
            return (int) slots.stream().filter(s -> s.gold().conflict()).count();
        }

        /** Per-slot lines and totals, as text. */
        public String format() {
            StringBuilder b = new StringBuilder();
            b.append("event\tslot\tvalue\tvalue found\tgold conflict\tshown conflict\n");
            for (SlotResult r : slots) {
                b.append(r.gold().event()).append('\t').append(r.gold().slot()).append('\t')
                        .append(r.gold().value().isTextual() ? r.gold().value().asText() : r.gold().value().toString())
                        .append('\t').append(r.eventFound() ? yes(r.valueFound()) : "no event")
                        .append('\t').append(yes(r.gold().conflict())).append('\t').append(yes(r.shownConflict()))
                        .append('\n');
            }
            int n = slots.size();
            b.append(String.format(Locale.ROOT, "gold slots: %d%s%n", n,
                    skippedLines > 0 ? " (" + skippedLines + " unreadable line(s) skipped)" : ""));
            b.append(String.format(Locale.ROOT, "value recall        %.3f (%d/%d)%n", div(valuesFound(), n),
                    valuesFound(), n));
            b.append(String.format(Locale.ROOT, "conflict precision  %.3f (%d/%d slots shown as conflicts)%n",
                    div(shownCorrect(), shown()), shownCorrect(), shown()));
            b.append(String.format(Locale.ROOT, "conflict recall     %.3f (%d/%d slots where outlets disagree)%n",
                    div(shownCorrect(), goldConflicts()), shownCorrect(), goldConflicts()));
            return b.toString();
        }

        private static String yes(boolean b) {
            return b ? "yes" : "no";
        }

        private static double div(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private ConflictEval() {
    }

    /** Reads the gold file and events.json and scores them. */
    public static Report run(Path gold, Path events) throws IOException {
        List<GoldSlot> slots = new ArrayList<>();
        int skipped = readGold(Files.readAllLines(gold, StandardCharsets.UTF_8), slots);
        return score(slots, JSON.readTree(events.toFile()), skipped);
    }

    /** Parses gold lines into {@code out}; returns how many non-blank lines could not be read. */
    public static int readGold(List<String> lines, List<GoldSlot> out) {
        int skipped = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                if (!n.path("event").isTextual() || !n.path("slot").isTextual() || !n.hasNonNull("value")) {
                    skipped++;
                    continue;
                }
                out.add(new GoldSlot(n.get("event").asText(), n.get("slot").asText(), n.get("value"),
                        n.path("conflict").asBoolean(false)));
            } catch (IOException e) {
                skipped++;
            }
        }
        return skipped;
    }

    /** Scores gold slots against the tree of an events.json. */
    public static Report score(List<GoldSlot> gold, JsonNode events, int skipped) {
        List<SlotResult> results = new ArrayList<>();
        for (GoldSlot g : gold) {
            JsonNode event = eventOf(events, g.event());
            if (event == null) {
                results.add(new SlotResult(g, false, false, false));
                continue;
            }
            Set<String> slotWords = words(g.slot());
            boolean found = false;
            for (JsonNode f : event.path("figures")) {
                if (matches(slotWords, f) && holds(f, g.value())) {
                    found = true;
                }
            }
            boolean shown = false;
            for (JsonNode f : event.path("conflicts")) {
                shown |= matches(slotWords, f);
            }
            results.add(new SlotResult(g, true, found, shown));
        }
        return new Report(results, skipped);
    }

    private static JsonNode eventOf(JsonNode root, String name) {
        for (JsonNode e : root.path("events")) {
            if (name.equals(e.path("id").asText())) {
                return e;
            }
            for (JsonNode id : e.path("articleIds")) {
                if (name.equals(id.asText())) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Whether every word of the slot is among the words of the figure's {@code about} and {@code kind}. */
    static boolean matches(Set<String> slotWords, JsonNode figure) {
        Set<String> about = words(figure.path("about").asText("") + " " + figure.path("kind").asText(""));
        return !slotWords.isEmpty() && about.containsAll(slotWords);
    }

    private static boolean holds(JsonNode figure, JsonNode gold) {
        for (JsonNode v : figure.path("values")) {
            JsonNode value = v.path("value");
            if (gold.isNumber() && value.isNumber() && Math.abs(gold.asDouble() - value.asDouble()) < 1e-9) {
                return true;
            }
            if (gold.isTextual() && value.isTextual()) {
                String g = gold.asText().toLowerCase(Locale.ROOT).strip();
                String p = value.asText().toLowerCase(Locale.ROOT).strip();
                if (g.equals(p) || g.matches("\\d{4}(-\\d{2}){0,2}") && p.startsWith(g)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The comparable words of a slot or an {@code about}: singular, happening words as their class. */
    static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i < tokens.length; i++) {
            String w = tokens[i];
            if (w.isEmpty() || FILLER.contains(w)) {
                continue;
            }
            if (w.equals("part") && i > 0 && Set.of("took", "take", "taking").contains(tokens[i - 1])) {
                out.add("present");
                continue;
            }
            String cls = SlotContext.classOf(w);
            if (cls != null) {
                out.add(cls);
            } else if (w.equals("when") || w.equals("day")) {
                out.add("date");
            } else if (w.equals("where") || w.equals("location")) {
                out.add("place");
            } else {
                String lemma = Lemmas.singular(w);
                if (!FILLER.contains(lemma) && !Set.of("took", "take", "taking").contains(w)) {
                    out.add(lemma);
                }
            }
        }
        return out;
    }
}
