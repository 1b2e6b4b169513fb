package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;

/** Operations on the unit embedding vectors of one event. */
final class Vectors {
    /**
     * How many texts the event mean must rest on before it is fully removed: with few texts the mean is mostly the
     * texts themselves, so only part of it is taken out.
     */
    private static final double MEAN_PRIOR = 20;

    private Vectors() {
    }

    /**
     * The vectors with the event's mean direction taken out, renormalised. Every sentence of an event shares its
     * topic, which lifts the raw cosine of any two of them (0.7 for two unrelated sentences about one bridge
     * collapse); removing the common component leaves what each sentence says beyond the topic.
     */
    static List<float[]> centered(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return vectors;
        }
        int dim = vectors.get(0).length;
        double[] mean = new double[dim];
        for (float[] v : vectors) {
            for (int d = 0; d < dim; d++) {
                mean[d] += v[d];
            }
        }
        double shrink = vectors.size() / (vectors.size() + MEAN_PRIOR) / vectors.size();
        List<float[]> out = new ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            float[] c = new float[dim];
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                c[d] = (float) (v[d] - shrink * mean[d]);
                norm += c[d] * c[d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < dim; d++) {
                c[d] = norm == 0 ? 0 : (float) (c[d] / norm);
            }
            out.add(c);
        }
        return out;
    }
}
