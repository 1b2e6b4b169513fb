package org.parallax.spark;

import org.parallax.annotate.Annotator;
import org.parallax.compare.DossierBuilder;

/**
 * The heavy, thread-safe core objects, created once per executor JVM on first use.
 *
 * <p>Why static: loading CoreNLP's models takes seconds and hundreds of megabytes, and the sentence embedder of the
 * dossier stage loads a model too. Spark deserialises a task's functions afresh for every task, so an object held by
 * the function would be built once per partition; a static holder lives as long as the executor and is shared by the
 * task threads running in it (both objects are safe to share: the CLI shares them across its worker threads). Created
 * lazily, so a JVM that never annotates never loads a model.
 */
final class PerJvm {
    private static volatile Annotator annotator;
    private static volatile DossierBuilder dossiers;

    private PerJvm() {
    }

    /** The executor's annotator. */
    static Annotator annotator() {
        Annotator a = annotator;
        if (a == null) {
            synchronized (PerJvm.class) {
                if (annotator == null) {
                    annotator = new Annotator();
                }
                a = annotator;
            }
        }
        return a;
    }

    /** The executor's dossier builder. */
    static DossierBuilder dossierBuilder() {
        DossierBuilder d = dossiers;
        if (d == null) {
            synchronized (PerJvm.class) {
                if (dossiers == null) {
                    dossiers = new DossierBuilder();
                }
                d = dossiers;
            }
        }
        return d;
    }
}
