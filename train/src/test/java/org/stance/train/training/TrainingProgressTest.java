package org.stance.train.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stance.features.SentenceEncoder;
import org.stance.train.TestData;
import org.stance.train.data.LabeledDataset;

/** The neural trainer announces its mini-batches over all epochs and reports each one. */
class TrainingProgressTest {
  @Test
  void neuralTrainingReportsEveryBatchOfEveryEpoch() {
    LabeledDataset data = TestData.smallTrain();
    TrainingOptions options = TrainingOptions.defaults().withEpochs(2);
    options = options.withFeatures(options.features().withSentenceEncoder(SentenceEncoder.NONE));
    List<String> lines = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    long[] steps = new long[1];
    TrainingProgress progress = new TrainingProgress() {
      @Override
      public void accept(String line) {
        lines.add(line);
      }

      @Override
      public void start(String task, long total, String unit) {
        totals.add(total);
      }

      @Override
      public void step(long n) {
        steps[0] += n;
      }
    };
    ModelTraining.run(data, null, options, progress);
    long batches = (data.sentenceCount() + options.batchSize() - 1) / options.batchSize();
    assertEquals(List.of(2 * batches), totals, "one run of 2 epochs x " + batches + " batches");
    assertEquals(2 * batches, steps[0]);
    assertEquals(2, lines.stream().filter(line -> line.startsWith("epoch ")).count(), "the log still gets its lines");
  }

  @Test
  void aPlainLogGetsLinesOnly() {
    List<String> lines = new ArrayList<>();
    TrainingProgress progress = TrainingProgress.of(lines::add);
    progress.start("train", 10, "batches");
    progress.step(3);
    progress.accept("epoch 1/1");
    assertEquals(List.of("epoch 1/1"), lines);
  }
}
