package org.stance.features;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.stemmer.PorterStemmer;
import org.stance.text.Document;
import org.stance.text.WordTokenizer;

/**
 * Turns each sentence of a document into named features. Sentence features: words, word bigrams,
 * character n-grams of words, and the first two words (where "He added" and "The minister" show).
 * Context features: the words and first words of each of the preceding sentences (prefixed by distance),
 * and the sentence's position in the article (the headline and the dateline sentence behave apart).
 * With a target, the target's words and its overlap with the sentence ({@link TargetFeatures}).
 */
public final class FeatureExtractor {
  private final FeatureSettings settings;
  private final WordTokenizer tokenizer;
  private final SentenceEncoder encoder;
  private final ThreadLocal<PorterStemmer> stemmer = ThreadLocal.withInitial(PorterStemmer::new);

  public FeatureExtractor(FeatureSettings settings) {
    this.settings = settings;
    this.tokenizer = WordTokenizer.named(settings.tokenizer());
    this.encoder = SentenceEncoder.named(settings.sentenceEncoder());
  }

  public FeatureSettings settings() {
    return settings;
  }

  public List<SentenceFeatures> extract(Document document) {
    List<List<String>> tokens = new ArrayList<>(document.size());
    for (String sentence : document.sentences()) {
      tokens.add(normalizedTokens(sentence));
    }
    float[][] dense = dense(document.sentences());
    List<String> target = settings.target() ? normalizedTokens(document.target()) : null;
    List<SentenceFeatures> features = new ArrayList<>(document.size());
    for (int i = 0; i < tokens.size(); i++) {
      List<String> context = contextFeatures(tokens, i);
      float[] vector = dense[i];
      if (target != null) {
        vector = concat(vector, TargetFeatures.addFeatures(target, tokens.get(i), context));
      }
      List<String> own = target == null ? sentenceFeatures(tokens.get(i)) : TargetFeatures.textWords(tokens.get(i));
      features.add(new SentenceFeatures(own, context, vector));
    }
    return features;
  }

  private static float[] concat(float[] first, float[] second) {
    if (first == null) {
      return second;
    }
    float[] out = new float[first.length + second.length];
    System.arraycopy(first, 0, out, 0, first.length);
    System.arraycopy(second, 0, out, first.length, second.length);
    return out;
  }

  /** Per sentence, its encoding followed by the previous sentence's (zeros for the first); none without an encoder. */
  private float[][] dense(List<String> sentences) {
    float[][] out = new float[sentences.size()][];
    if (encoder == null) {
      return out;
    }
    float[][] encoded = encoder.encode(sentences);
    int width = encoder.dimension();
    for (int i = 0; i < out.length; i++) {
      out[i] = new float[2 * width];
      System.arraycopy(encoded[i], 0, out[i], 0, width);
      if (i > 0) {
        System.arraycopy(encoded[i - 1], 0, out[i], width, width);
      }
    }
    return out;
  }

  List<String> normalizedTokens(String sentence) {
    List<String> out = new ArrayList<>();
    for (String token : tokenizer.tokenize(sentence)) {
      String normalized = TokenNormalizer.normalize(token);
      if (!normalized.isEmpty()) {
        out.add(stem(normalized));
      }
    }
    return out;
  }

  private boolean stemming() {
    return !settings.stemmer().equals("none");
  }

  private String stem(String token) {
    if (!stemming() || !Character.isLetter(token.charAt(0))) {
      return token;
    }
    return stemmer.get().stem(token);
  }

  private List<String> sentenceFeatures(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size() * 12);
    String previous = "<s>";
    for (String token : tokens) {
      out.add("w=" + token);
      out.add("b=" + previous + "_" + token);
      addCharNgrams(token, out);
      previous = token;
    }
    addFirstWords("f", tokens, out);
    addAttribution("att=", tokens, out);
    if (tokens.isEmpty()) {
      out.add("empty");
    }
    return out;
  }

  /** Words near a reporting verb, where the speaker is named: "..., the Observatory said". */
  private void addAttribution(String prefix, List<String> tokens, List<String> out) {
    int window = settings.attributionWindow();
    if (window == 0) {
      return;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!ReportingVerbs.isCue(tokens.get(i), stemming())) {
        continue;
      }
      for (int j = Math.max(0, i - window); j <= Math.min(tokens.size() - 1, i + window); j++) {
        if (j != i && Character.isLetter(tokens.get(j).charAt(0))) {
          out.add(prefix + tokens.get(j));
        }
      }
    }
  }

  private void addCharNgrams(String token, List<String> out) {
    if (settings.minCharNgram() == 0 || token.length() < 2) {
      return;
    }
    String word = "<" + token + ">";
    for (int n = settings.minCharNgram(); n <= settings.maxCharNgram(); n++) {
      for (int start = 0; start + n <= word.length(); start++) {
        out.add("c=" + word.substring(start, start + n));
      }
    }
  }

  private List<String> contextFeatures(List<List<String>> tokens, int index) {
    List<String> out = new ArrayList<>();
    out.add("pos=" + positionBucket(index + 1));
    if (index == tokens.size() - 1) {
      out.add("pos=last");
    }
    for (int distance = 1; distance <= settings.contextSentences(); distance++) {
      int at = index - distance;
      if (at < 0) {
        out.add("p" + distance + "=<none>");
        break;
      }
      String prefix = "p" + distance;
      for (String token : tokens.get(at)) {
        out.add(prefix + "=" + token);
      }
      addFirstWords(prefix + "f", tokens.get(at), out);
      addAttribution(prefix + "att=", tokens.get(at), out);
    }
    return out;
  }

  private static void addFirstWords(String prefix, List<String> tokens, List<String> out) {
    for (int i = 0; i < Math.min(2, tokens.size()); i++) {
      out.add(prefix + i + "=" + tokens.get(i));
    }
  }

  private static String positionBucket(int sentenceNo) {
    if (sentenceNo <= 3) {
      return Integer.toString(sentenceNo);
    }
    return sentenceNo <= 6 ? "4-6" : sentenceNo <= 12 ? "7-12" : "13+";
  }
}
