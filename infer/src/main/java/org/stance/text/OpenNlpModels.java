package org.stance.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The pretrained English OpenNLP models, loaded once from the classpath (they ship as Maven artifacts
 * {@code opennlp-models-sentdetect-en} and {@code opennlp-models-tokenizer-en}; nothing is downloaded).
 */
public final class OpenNlpModels {
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private OpenNlpModels() {}

  private static final class Sentences {
    static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load(TOKENIZER_MODEL, TokenizerModel::new);
  }

  public static SentenceModel englishSentences() {
    return Sentences.MODEL;
  }

  public static TokenizerModel englishTokens() {
    return Tokens.MODEL;
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
