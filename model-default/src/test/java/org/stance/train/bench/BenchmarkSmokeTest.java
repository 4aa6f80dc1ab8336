package org.stance.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the benchmark: every measurement runs and lands in the report (figures come from the full run). */
class BenchmarkSmokeTest {
  @Test
  void measuresEveryRunAndWritesTheTable(@TempDir Path work) throws Exception {
    Path shared = Path.of(System.getProperty("stance.shared", "../../shared"));
    Path corpus = shared.resolve("corpus/fakes/articles.csv");
    assumeTrue(Files.isRegularFile(corpus), "../shared is not beside the project");
    Path root = Path.of("..").toAbsolutePath().normalize();
    Benchmark.Settings settings = new Benchmark.Settings(corpus, 1_000,
        List.of(root.resolve("datasets/idlib/train/sana.csv")), List.of(root.resolve("datasets/idlib/dev/sana.csv")),
        root.resolve("datasets/examples/moscow-summit.txt"), work, 1);
    List<Benchmark.Measure> measures = Benchmark.run(settings, line -> { });
    assertEquals(8, measures.size());
    for (Benchmark.Measure measure : measures) {
      assertTrue(measure.seconds() > 0, measure.toString());
      assertTrue(measure.peakRssBytes() > 10L << 20, "a JVM uses more than 10 MB: " + measure);
    }
    assertTrue(measures.get(3).sentences() >= 1_000, "the corpus is repeated to the asked size");
    String report = BenchmarkReport.markdown(measures, settings, "test");
    assertTrue(report.contains("| tag corpus | default model |"), report);
    assertTrue(report.contains("| tag corpus | maxent |"), report);
  }
}
