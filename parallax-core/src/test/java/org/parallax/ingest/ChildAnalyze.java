package org.parallax.ingest;

import java.nio.file.Path;
import java.util.List;

import org.parallax.Parallax;
import org.parallax.Settings;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Problem;

/**
 * Runs the pipeline (annotation off, one thread) over a folder and prints each article id and each problem, one per
 * line; {@link BoundedMemoryTest} starts it in a child JVM with a small heap. Exits 0 when the run finished.
 */
public final class ChildAnalyze {
    private ChildAnalyze() {
    }

    /** {@code args[0]}: the folder to analyse. */
    public static void main(String[] args) {
        Analysis a = Parallax.analyze(List.of(Path.of(args[0])),
                Settings.defaults().withThreads(1).withAnnotate(false));
        for (Article article : a.articles()) {
            System.out.println("article " + article.id());
        }
        for (Problem p : a.problems()) {
            System.out.println("problem " + p);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("heap used " + (rt.totalMemory() - rt.freeMemory()) / (1 << 20) + " MiB of max "
                + rt.maxMemory() / (1 << 20) + " MiB");
    }
}
