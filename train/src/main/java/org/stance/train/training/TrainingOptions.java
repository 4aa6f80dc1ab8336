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
 * @param batchSize sentences per gradient step
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
    int maxentCutoff) {

  public static TrainingOptions defaults() {
    return new TrainingOptions("neural", 42, 12, FeatureSettings.defaults(), 48, 128, 0.3, 0.005, 64, 100, 1);
  }

  /** Maxent reads only named features: switching to it drops the sentence encoder. */
  public TrainingOptions withAlgorithm(String value) {
    FeatureSettings forAlgorithm =
        value.equals("maxent") ? features.withSentenceEncoder(SentenceEncoder.NONE) : features;
    return new TrainingOptions(value, seed, epochs, forAlgorithm, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff);
  }

  public TrainingOptions withSeed(long value) {
    return new TrainingOptions(algorithm, value, epochs, features, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff);
  }

  public TrainingOptions withEpochs(int value) {
    return new TrainingOptions(algorithm, seed, value, features, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff);
  }

  public TrainingOptions withFeatures(FeatureSettings value) {
    return new TrainingOptions(algorithm, seed, epochs, value, embeddingSize, hiddenSize, dropout,
        learningRate, batchSize, maxentIterations, maxentCutoff);
  }
}
