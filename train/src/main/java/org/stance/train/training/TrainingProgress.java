package org.stance.train.training;

import java.util.function.Consumer;

/**
 * A training log that also follows progress. A trainer that knows how much work lies ahead (the neural
 * one: mini-batches over all epochs) announces it with {@link #start} and reports each step; a command
 * line can draw a progress bar from that. Any plain {@code Consumer<String>} log gets the lines only.
 */
public interface TrainingProgress extends Consumer<String> {
  /** A model's training starts: {@code total} steps of {@code unit}. Cross-validation starts once per fold. */
  void start(String task, long total, String unit);

  void step(long steps);

  /** The log as a progress listener: itself when it is one, else one that passes on lines only. */
  static TrainingProgress of(Consumer<String> log) {
    if (log instanceof TrainingProgress progress) {
      return progress;
    }
    return new TrainingProgress() {
      @Override
      public void accept(String line) {
        log.accept(line);
      }

      @Override
      public void start(String task, long total, String unit) {}

      @Override
      public void step(long steps) {}
    };
  }
}
