package org.stance.model;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.util.List;
import org.stance.features.FeatureSettings;
import org.stance.features.SentenceFeatures;

/**
 * A sentence's features hashed into the network's two embedding tables (the hashing trick keeps the
 * vocabulary open: unseen words still land somewhere), at most {@link #MAX_FEATURES} per input, and the
 * dense sentence-encoder vector (empty without an encoder).
 */
public record HashedFeatures(int[] sentence, int[] context, float[] dense) {
  static final int MAX_FEATURES = 2048;
  private static final HashFunction MURMUR = Hashing.murmur3_32_fixed();

  public static HashedFeatures of(SentenceFeatures features, FeatureSettings settings) {
    return new HashedFeatures(
        hash(features.sentence(), settings.sentenceBuckets()),
        hash(features.context(), settings.contextBuckets()),
        features.dense());
  }

  private static int[] hash(List<String> features, int buckets) {
    int n = Math.min(features.size(), MAX_FEATURES);
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = Math.floorMod(MURMUR.hashUnencodedChars(features.get(i)).asInt(), buckets);
    }
    return ids;
  }
}
