package org.stance.features;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The features of one sentence: those of its own words, those of its context in the article, and a dense
 * vector from a sentence encoder (empty without one).
 */
public record SentenceFeatures(List<String> sentence, List<String> context, float[] dense) {
  private static final float[] NONE = new float[0];

  public SentenceFeatures {
    sentence = List.copyOf(sentence);
    context = List.copyOf(context);
    dense = dense == null ? NONE : dense;
  }

  public SentenceFeatures(List<String> sentence, List<String> context) {
    this(sentence, context, NONE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SentenceFeatures that && sentence.equals(that.sentence)
        && context.equals(that.context) && Arrays.equals(dense, that.dense);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentence, context, Arrays.hashCode(dense));
  }
}
