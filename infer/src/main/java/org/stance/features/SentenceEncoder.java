package org.stance.features;

import java.util.List;

/** Turns sentences into dense vectors (sentence embeddings) that the network reads beside the hashed features. */
public interface SentenceEncoder {
  String NONE = "none";
  String MINILM = "all-minilm-l6-v2-q";

  int dimension();

  /** One vector per sentence, in order. */
  float[][] encode(List<String> sentences);

  /** The encoder of a feature setting; {@code none} has none (null). */
  static SentenceEncoder named(String name) {
    return switch (name) {
      case NONE -> null;
      case MINILM -> MiniLmSentenceEncoder.shared();
      default -> throw new IllegalArgumentException("unknown sentence encoder '" + name + "'");
    };
  }
}
