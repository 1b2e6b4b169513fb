package org.parallax.model;

import java.util.List;

/**
 * A quantity, date or place the coverage reports for an event (people killed, women present, when, where), merged
 * across outlets: one entry per slot. It is a conflict when its values cannot all hold.
 *
 * @param about  what the figure is about, in words ("women who took part", "date of the meeting")
 * @param kind   {@code count}, {@code money}, {@code percent}, {@code date} or {@code place}
 * @param values the values reported, most widely reported first
 */
public record Figure(String about, String kind, List<FigureValue> values) {

    public Figure {
        values = List.copyOf(values);
    }
}
