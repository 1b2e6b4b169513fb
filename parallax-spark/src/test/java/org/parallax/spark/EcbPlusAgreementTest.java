package org.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.Settings;
import org.parallax.eval.BCubed;
import org.parallax.eval.BCubedScore;
import org.parallax.eval.ClusterLabels;

/**
 * The Spark job and the CLI's pipeline on ECB+ (read /work/shared/data/README.md): how far their events agree, and
 * how each scores against the gold events. Runs only when asked, as it takes a minute:
 * {@code mvn -pl parallax-spark test -Dtest=EcbPlusAgreementTest -Dparallax.ecbplus=/work/shared/data/ecbplus}.
 */
class EcbPlusAgreementTest {
    @TempDir
    Path dir;

    @Test
    void sparkAgreesWithTheCliOnEcbPlus() throws IOException {
        String where = System.getProperty("parallax.ecbplus");
        assumeTrue(where != null && Files.isRegularFile(Path.of(where, "articles.jsonl")),
                "set -Dparallax.ecbplus to the ECB+ folder to run this");
        Path articles = Path.of(where, "articles.jsonl");
        Map<String, String> gold = ClusterLabels.readGold(Path.of(where, "gold.jsonl")).labels();

        Map<String, String> cli = ParallaxJobTest.labels(Parallax.analyze(List.of(articles),
                Settings.defaults().withAnnotate(false).withThreads(2)).events());
        try (SparkSession spark = LocalSpark.start("local[2]")) {
            ParallaxJob.run(spark, JobOptions.of(articles.toString(), dir.resolve("out").toString())
                    .withAnnotate(false).withPartitions(4));
        }
        Map<String, String> job = ParallaxJobTest.readLabels(dir.resolve("out/events.jsonl"));

        BCubedScore agreement = BCubed.score(cli, job);
        BCubedScore cliGold = BCubed.score(gold, cli);
        BCubedScore jobGold = BCubed.score(gold, job);
        System.out.printf("ECB+ agreement Spark vs CLI: P %.4f R %.4f F1 %.4f (%d vs %d events)%n",
                agreement.precision(), agreement.recall(), agreement.f1(), agreement.goldClusters(),
                agreement.predictedClusters());
        System.out.printf("ECB+ against gold: CLI F1 %.4f, Spark F1 %.4f%n", cliGold.f1(), jobGold.f1());
        assertTrue(agreement.f1() >= 0.98, "B-cubed F1 between Spark and CLI: " + agreement.f1());
    }
}
