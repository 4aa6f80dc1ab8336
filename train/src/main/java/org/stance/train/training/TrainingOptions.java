package org.stance.train.training;

import org.stance.features.FeatureSettings;
import org.stance.features.SentenceEncoder;

/**
 * Everything that decides what a training run produces, recorded in the model's provenance. Same data and
 * same options (seed included) give the same model.
 *
 * @param algorithm {@code neural} (DL4J) or {@code maxent} (OpenNLP)
 * @param epochs passes over the data (neural) ; maxent uses {@code maxentIterations}
 * @param embeddingSize width of the sentence and context embedding bags
 * @param hiddenSize width of the hidden layer
 * @param dropout probability of dropping a hidden unit while training
 * @param learningRate Adam's step size (neural)
 * @param batchSize sentences per gradient step
 * @param classWeighting how the neural loss weighs labels: {@code sqrt} (square root of inverse frequency,
 *     so rare labels count; best for macro-F1) or {@code none} (every example alike; best for accuracy
 *     and for scores such as FNC-1's that reward the frequent labels)
 */
public record TrainingOptions(
    String algorithm,
    long seed,
    int epochs,
    FeatureSettings features,
    int embeddingSize,
    int hiddenSize,
    double dropout,
    double learningRate,
    int batchSize,
    int maxentIterations,
    int maxentCutoff,
    String classWeighting) {
  public static final String SQRT_INVERSE_FREQUENCY = "sqrt";
  public static final String NO_WEIGHTING = "none";

  public TrainingOptions {
    if (!classWeighting.equals(SQRT_INVERSE_FREQUENCY) && !classWeighting.equals(NO_WEIGHTING)) {
      throw new IllegalArgumentException("unknown class weighting '" + classWeighting + "'");
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), not " + dropout);
    }
    if (!(learningRate > 0 && learningRate < 1)) {
      throw new IllegalArgumentException("learning-rate must be in (0, 1), not " + learningRate);
    }
  }

  public static TrainingOptions defaults() {
    return new TrainingOptions("neural", 42, 12, FeatureSettings.defaults(), 48, 128, 0.3, 0.005, 64, 100, 1, SQRT_INVERSE_FREQUENCY);
  }

  /** Maxent reads only named features: switching to it drops the sentence encoder. */
  public TrainingOptions withAlgorithm(String value) {
    FeatureSettings forAlgorithm =
        value.equals("maxent") ? features.withSentenceEncoder(SentenceEncoder.NONE) : features;
    return new TrainingOptions(value, seed, epochs, forAlgorithm, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff, classWeighting);
  }

  public TrainingOptions withSeed(long value) {
    return new TrainingOptions(algorithm, value, epochs, features, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff, classWeighting);
  }

  public TrainingOptions withEpochs(int value) {
    return new TrainingOptions(algorithm, seed, value, features, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff, classWeighting);
  }

  public TrainingOptions withFeatures(FeatureSettings value) {
    return new TrainingOptions(algorithm, seed, epochs, value, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff, classWeighting);
  }

  public TrainingOptions withClassWeighting(String value) {
    return new TrainingOptions(algorithm, seed, epochs, features, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff, value);
  }

  public TrainingOptions withDropout(double value) {
    return new TrainingOptions(algorithm, seed, epochs, features, embeddingSize, hiddenSize, value,
        learningRate, batchSize, maxentIterations, maxentCutoff, classWeighting);
  }

  public TrainingOptions withLearningRate(double value) {
    return new TrainingOptions(algorithm, seed, epochs, features, embeddingSize, hiddenSize, dropout,
        value, batchSize, maxentIterations, maxentCutoff, classWeighting);
  }

  public TrainingOptions withBatchSize(int value) {
    return new TrainingOptions(algorithm, seed, epochs, features, embeddingSize, hiddenSize, dropout,
        learningRate, value, maxentIterations, maxentCutoff, classWeighting);
  }
}
