package org.stance.tagging;

import java.util.List;
import org.stance.text.Article;

/** An article with its tagged sentences in reading order. */
public record TaggedArticle(Article article, List<TaggedSentence> sentences) {
  public TaggedArticle {
    sentences = List.copyOf(sentences);
  }
}
