package org.stance.text;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits a sentence into tokens with an OpenNLP tokenizer chosen by name: {@code opennlp-en} is the
 * pretrained English maxent tokenizer, {@code simple} the character-class tokenizer that works for any
 * language. Thread-safe: each thread gets its own tokenizer over the shared model.
 */
public final class WordTokenizer {
  private final ThreadLocal<Tokenizer> tokenizer;

  private WordTokenizer(ThreadLocal<Tokenizer> tokenizer) {
    this.tokenizer = tokenizer;
  }

  public static WordTokenizer named(String name) {
    return switch (name) {
      case "opennlp-en" -> new WordTokenizer(
          ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.englishTokens())));
      case "simple" -> new WordTokenizer(ThreadLocal.withInitial(() -> SimpleTokenizer.INSTANCE));
      default -> throw new IllegalArgumentException("unknown tokenizer '" + name + "'");
    };
  }

  public String[] tokenize(String sentence) {
    return tokenizer.get().tokenize(sentence);
  }
}
