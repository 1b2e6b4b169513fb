package org.parallax.store;

import java.util.List;

/**
 * An outlet in the workspace.
 *
 * @param outlet   its name
 * @param articles how many articles it has
 * @param events   how many events it covers
 * @param cites    sources its articles cite (agencies, other media, officials), most cited first
 */
public record OutletSummary(String outlet, int articles, int events, List<Cited> cites) {

    public OutletSummary {
        cites = List.copyOf(cites);
    }

    /** A source and how many of the outlet's articles cite it. */
    public record Cited(String source, int articles) {
    }
}
