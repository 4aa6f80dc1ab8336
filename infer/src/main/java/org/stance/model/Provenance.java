package org.stance.model;

import java.util.Map;

/**
 * Where a model came from, recorded in its manifest: the seed, a SHA-256 over the training data, the
 * training settings, the metrics measured at the end of training and the library versions.
 */
public record Provenance(
    long seed,
    String trainingDataSha256,
    Map<String, Object> trainingSettings,
    Map<String, Object> metrics,
    Map<String, String> libraries) {
  public Provenance {
    trainingSettings = Map.copyOf(trainingSettings);
    metrics = Map.copyOf(metrics);
    libraries = Map.copyOf(libraries);
  }
}
