package org.stance.features;

/**
 * Everything that decides which features a sentence gets. Stored whole in the model bundle, so a loaded
 * model extracts exactly the features it was trained on.
 *
 * @param tokenizer {@code opennlp-en} (OpenNLP's pretrained English tokenizer) or {@code simple}
 *     (OpenNLP's character-class tokenizer, any language)
 * @param minCharNgram shortest character n-gram of a word (0 turns character n-grams off)
 * @param maxCharNgram longest character n-gram of a word
 * @param contextSentences how many preceding sentences contribute context features
 * @param sentenceBuckets hash space of the sentence's own features
 * @param contextBuckets hash space of the context features
 * @param stemmer {@code none} or {@code porter} (OpenNLP's Porter stemmer: "Assads" and "Assad's" meet)
 * @param attributionWindow words on each side of an English reporting verb ("said", "according to") that
 *     also become attribution features, since the speaker sits next to the verb (0 turns them off)
 * @param sentenceEncoder {@code none}, or {@code all-minilm-l6-v2-q}: sentence embeddings of the sentence
 *     and the one before it, read by the network beside the hashed features
 * @param target whether each text is read against a target (text + target stance data): the target's
 *     words join the context features, and measures of target-text overlap the dense input
 */
public record FeatureSettings(
    String tokenizer,
    int minCharNgram,
    int maxCharNgram,
    int contextSentences,
    int sentenceBuckets,
    int contextBuckets,
    String stemmer,
    int attributionWindow,
    String sentenceEncoder,
    boolean target) {

  public FeatureSettings {
    if (!tokenizer.equals("opennlp-en") && !tokenizer.equals("simple")) {
      throw new IllegalArgumentException("unknown tokenizer '" + tokenizer + "'");
    }
    if (minCharNgram < 0 || (minCharNgram > 0 && maxCharNgram < minCharNgram)) {
      throw new IllegalArgumentException("character n-gram range " + minCharNgram + ".." + maxCharNgram);
    }
    stemmer = stemmer == null ? "none" : stemmer; // bundles written before stemming existed
    sentenceEncoder = sentenceEncoder == null ? SentenceEncoder.NONE : sentenceEncoder;
    if (!sentenceEncoder.equals(SentenceEncoder.NONE) && !sentenceEncoder.equals(SentenceEncoder.MINILM)) {
      throw new IllegalArgumentException("unknown sentence encoder '" + sentenceEncoder + "'");
    }
    if (!stemmer.equals("none") && !stemmer.equals("porter")) {
      throw new IllegalArgumentException("unknown stemmer '" + stemmer + "'");
    }
    if (attributionWindow < 0) {
      throw new IllegalArgumentException("attribution window must not be negative");
    }
    if (contextSentences < 0 || sentenceBuckets < 1 || contextBuckets < 1) {
      throw new IllegalArgumentException("context sentences and buckets must be positive");
    }
  }

  public static FeatureSettings defaults() {
    return new FeatureSettings("simple", 0, 0, 1, 1 << 17, 1 << 14, "none", 6, SentenceEncoder.MINILM, false);
  }

  /** The same settings without attribution features. */
  public FeatureSettings withoutAttribution() {
    return new FeatureSettings(tokenizer, minCharNgram, maxCharNgram, contextSentences, sentenceBuckets,
        contextBuckets, stemmer, 0, sentenceEncoder, target);
  }

  public FeatureSettings withSentenceEncoder(String encoder) {
    return new FeatureSettings(tokenizer, minCharNgram, maxCharNgram, contextSentences, sentenceBuckets,
        contextBuckets, stemmer, attributionWindow, encoder, target);
  }

  public FeatureSettings withTarget(boolean value) {
    return new FeatureSettings(tokenizer, minCharNgram, maxCharNgram, contextSentences, sentenceBuckets,
        contextBuckets, stemmer, attributionWindow, sentenceEncoder, value);
  }
}
