package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;

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

    private final EmbeddingModel model;

    /** Loads the model. */
    public SentenceEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** One unit-length vector per sentence, in order. */
    public List<float[]> embed(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        for (int from = 0; from < sentences.size(); from += BATCH) {
            List<TextSegment> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            for (Embedding e : model.embedAll(batch).content()) {
                out.add(normalised(e.vector()));
            }
        }
        return out;
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
