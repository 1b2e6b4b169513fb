package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in-process through ONNX: no network, no download,
 * the model ships inside its Maven jar. Vectors are L2-normalised, so a dot product is the cosine similarity.
 * Loading takes about a second; build one per process. Thread-safe.
 */
public final class SentenceEmbedder {
    /** Sentences per call to the model: large enough to amortise the call, small enough to bound memory. */
    private static final int BATCH = 64;
    /**
     * Vectors remembered, about 1.6 KB each: the comparison sections of one event embed many of the same sentences
     * (alignment, then syndication), and the model is the stage's main cost.
     */
    private static final int CACHE_LIMIT = 100_000;

    private final EmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    /** Loads the model. */
    public SentenceEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /**
     * One unit-length vector per sentence, in order. A sentence embedded before (by any thread) is not embedded
     * again; the vector is the same either way, so results do not depend on what was cached.
     */
    public List<float[]> embed(List<String> sentences) {
        Map<String, float[]> known = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String s : sentences) {
            float[] v = known.containsKey(s) ? known.get(s) : cache.get(s);
            if (v == null && !known.containsKey(s)) {
                missing.add(s);
            }
            known.put(s, v);
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<Embedding> vectors = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < batch.size(); i++) {
                known.put(batch.get(i), normalised(vectors.get(i).vector()));
            }
        }
        remember(missing, known);
        List<float[]> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            out.add(known.get(s));
        }
        return out;
    }

    private void remember(List<String> computed, Map<String, float[]> vectors) {
        if (cache.size() + computed.size() > CACHE_LIMIT) {
            cache.clear();
        }
        for (String s : computed) {
            cache.put(s, vectors.get(s));
        }
    }

    /** The cosine similarity of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
