package org.stance.model;

import java.io.IOException;
import java.util.List;
import org.stance.features.FeatureSettings;
import org.stance.features.SentenceFeatures;

/**
 * A trained model: predicts a label for every task of a batch of sentences from their features.
 * Implementations are immutable and thread-safe for prediction.
 */
public interface StanceModel {
  /** The algorithm's name as recorded in the bundle manifest. */
  String algorithm();

  List<Task> tasks();

  FeatureSettings featureSettings();

  /** One prediction per input, in input order. */
  List<Prediction> predict(List<SentenceFeatures> batch);

  /** Writes the model's own bundle entries (everything but the manifest). */
  void writeEntries(BundleEntries entries) throws IOException;
}
