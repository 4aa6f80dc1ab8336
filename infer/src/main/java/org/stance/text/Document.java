package org.stance.text;

import java.util.List;
import java.util.Objects;

/**
 * The unit the model reads: an article's sentences in reading order, so each sentence can be classified
 * with its context, and an optional stance target (empty when the task has none).
 */
public record Document(String id, List<String> sentences, String target) {
  public Document {
    Objects.requireNonNull(id, "id");
    sentences = List.copyOf(sentences);
    target = target == null ? "" : target;
  }

  public Document(String id, List<String> sentences) {
    this(id, sentences, "");
  }

  public int size() {
    return sentences.size();
  }
}
