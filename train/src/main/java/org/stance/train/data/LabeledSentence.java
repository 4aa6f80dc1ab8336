package org.stance.train.data;

import java.util.List;

/**
 * One labeled row: a sentence of an article, its optional target, and its gold labels in the dataset's
 * label-column order. {@code line} is where the row starts in {@code file}, for error messages.
 */
public record LabeledSentence(
    String articleId, int sentenceNo, String text, String target, List<String> labels, String file, long line) {
  public LabeledSentence {
    labels = List.copyOf(labels);
  }
}
