package org.parallax.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.render.EventsJson;

/**
 * Encodes an article and its annotations as bytes for Spark to ship, in the events.json format of the core
 * ({@link EventsJson}), so the job needs no second mapping of the model and nothing in the core has to be
 * {@link java.io.Serializable}.
 */
final class ArticleCodec {
    private ArticleCodec() {
    }

    /** The bytes of an article and its annotations (null or empty when not annotated). */
    static byte[] encode(Article article, Annotations annotations) {
        Map<String, Annotations> own = annotations == null ? Map.of() : Map.of(article.id(), annotations);
        return EventsJson.toBytes(new Analysis(List.of(article), List.of(), List.of(), own));
    }

    /** The article and annotations of {@link #encode}d bytes. */
    static Decoded decode(byte[] bytes) {
        try {
            Analysis a = EventsJson.read(new ByteArrayInputStream(bytes));
            Article article = a.articles().get(0);
            return new Decoded(article, a.annotationsOf(article.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: the bytes were written by encode", e);
        }
    }

    /** A decoded article and its annotations ({@link Annotations#EMPTY} when none). */
    record Decoded(Article article, Annotations annotations) {
    }
}
