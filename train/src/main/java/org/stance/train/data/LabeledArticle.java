package org.stance.train.data;

import java.util.List;
import org.stance.text.Document;

/** The labeled sentences of one article, in sentence order. */
public record LabeledArticle(String id, List<LabeledSentence> sentences) {
  public LabeledArticle {
    sentences = List.copyOf(sentences);
  }

  /** The article as the model reads it; the target, if any, is the first sentence's. */
  public Document document() {
    String target = sentences.isEmpty() ? "" : sentences.get(0).target();
    return new Document(id, sentences.stream().map(LabeledSentence::text).toList(), target);
  }
}
