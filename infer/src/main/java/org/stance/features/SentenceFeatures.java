package org.stance.features;

import java.util.List;

/** The features of one sentence: those of its own words and those of its context in the article. */
public record SentenceFeatures(List<String> sentence, List<String> context) {
  public SentenceFeatures {
    sentence = List.copyOf(sentence);
    context = List.copyOf(context);
  }
}
