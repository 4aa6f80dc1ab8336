package org.stance.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.features.SentenceEncoder;
import org.stance.train.TestData;
import org.stance.train.training.TrainingOptions;

/** The FNC-1 benchmark end to end on a tiny set in the FNC-1 layout. */
class Fnc1BenchmarkTest {
  private static final String[] TOPICS = {"meteorite crater Managua", "spider tourist stomach",
      "glacier Greenland melt", "bridge collapse Genoa", "lottery ticket Ohio", "volcano ash Iceland",
      "shark beach Sydney", "robot waiter Tokyo"};

  @TempDir Path dir;

  private void write(String prefix) {
    List<String> bodies = new ArrayList<>(List.of("Body ID,articleBody"));
    List<String> stances = new ArrayList<>(List.of("Headline,Body ID,Stance"));
    for (int b = 0; b < TOPICS.length; b++) {
      bodies.add(b + ",\"Reports about the " + TOPICS[b] + " story. Officials said little more.\"");
      for (int h = 0; h < TOPICS.length; h++) {
        stances.add("News of " + TOPICS[h] + "," + b + "," + (h == b ? "discuss" : "unrelated"));
      }
    }
    TestData.write(dir, prefix + "_bodies.csv", bodies.toArray(String[]::new));
    TestData.write(dir, prefix + "_stances.csv", stances.toArray(String[]::new));
  }

  @Test
  void trainsOnTrainScoresOnTestAndWritesTheTable() {
    write("train");
    write("competition_test");
    TrainingOptions options = TrainingOptions.defaults().withEpochs(30)
        .withFeatures(TrainingOptions.defaults().features().withSentenceEncoder(SentenceEncoder.NONE));
    Fnc1Benchmark.Result result = Fnc1Benchmark.run(dir, options, line -> { });
    assertEquals(64, result.stance().total());
    assertEquals(8 * 1.0 + 56 * 0.25, result.score().max(), 1e-9);
    String table = Fnc1Benchmark.markdown(result, "bin/stance fnc1");
    assertTrue(table.contains(String.format(java.util.Locale.ROOT, "| **stance (this run)** | **%.2f** |",
        result.score().percent())), table);
    assertTrue(table.contains("| UCLMR"), table);
    // the epoch is chosen on whole stories held out of the training file: two of the eight, with the two
    // unrelated pairs between them
    assertEquals(4, result.split().dev().sentenceCount());
    assertEquals(64, result.split().train().sentenceCount() + 4 + result.split().leftOut());
    assertTrue(result.score().percent() > 90, "the pairs are separable by overlap: " + result.score().percent());
  }
}
