/**
 * The last stage: writes an {@link org.parallax.model.Analysis} out as {@code events.json} (the data contract, see
 * {@link org.parallax.render.EventsJson}), a self-contained HTML report and a Markdown report. Every file is written
 * atomically ({@link org.parallax.render.AtomicFiles}) and the same analysis always gives the same bytes.
 */
package org.parallax.render;
