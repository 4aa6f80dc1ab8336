package org.stance.train.training;

import java.util.function.Consumer;
import org.stance.model.StanceModel;

/** A training algorithm: labeled sentences in, a model out. */
public interface Trainer {
  /**
   * @param train the data to learn from
   * @param dev held-out data to select the best epoch on, or null
   * @param log receives one line per notable step (epoch figures)
   */
  StanceModel train(TrainingData train, TrainingData dev, TrainingOptions options, Consumer<String> log);

  static Trainer named(String algorithm) {
    return switch (algorithm) {
      case "neural" -> new NeuralTrainer();
      case "maxent" -> new MaxentTrainer();
      default -> throw new IllegalArgumentException("unknown algorithm '" + algorithm
          + "' (known: neural, maxent)");
    };
  }
}
