package org.stance.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the model sees of a text read against a target (a headline, a claim, a topic): the target's own
 * words, which of its content words the text repeats, and how much the two overlap, as the strongest FNC-1
 * systems measured it (term overlap and cosine of term-frequency vectors, over the whole text and over its
 * lead, where a report restates the claim it discusses).
 */
final class TargetFeatures {
  /** How many leading words of the text count as its lead. */
  static final int LEAD_WORDS = 60;
  /** How many distinct words of a text paired with a target become its features. */
  static final int TEXT_WORDS = 256;
  /** Width of {@link #overlap}. */
  static final int DIMENSION = 7;

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
      "as", "into", "about", "over", "after", "before", "than", "then", "that", "this", "these", "those",
      "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
      "did", "will", "would", "can", "could", "may", "might", "should", "shall", "must", "he", "she", "they",
      "we", "you", "i", "his", "her", "their", "our", "your", "my", "him", "them", "us", "me", "who", "whom",
      "which", "what", "when", "where", "why", "how", "there", "here", "so", "not", "no", "up", "out", "s",
      "'s", "also", "just", "all", "any", "some", "more", "most", "such", "via", "says", "said", "say");

  private TargetFeatures() {}

  /**
   * The features of a text read against a target: its distinct words, the first {@link #TEXT_WORDS} of
   * them. Texts paired with targets are often whole articles (FNC-1 bodies run to thousands of words);
   * a bag of distinct words keeps what tells their stance and keeps training time linear in words, not in
   * the longest text of a batch.
   */
  static List<String> textWords(List<String> text) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String token : text) {
      if (distinct.size() == TEXT_WORDS) {
        break;
      }
      distinct.add("w=" + token);
    }
    if (distinct.isEmpty()) {
      distinct.add("empty");
    }
    return new ArrayList<>(distinct);
  }

  /**
   * Adds the named features of a text read against its target to {@code out} and returns the overlap
   * measures (the dense input). Named: each overlap measure in fifths (so maxent, which reads only named
   * features, sees the overlap too), the target's words and bigrams, and its content words the text repeats.
   */
  static float[] addFeatures(List<String> target, List<String> text, List<String> out) {
    Map<String, Integer> targetCounts = contentCounts(target);
    Map<String, Integer> textCounts = contentCounts(text);
    float[] overlap = overlap(target, text, targetCounts, textCounts);
    for (int k = 0; k < overlap.length; k++) {
      out.add("o" + k + "=" + Math.round(overlap[k] * 5));
    }
    String previous = "<t>";
    for (String token : target) {
      out.add("t=" + token);
      out.add("tb=" + previous + "_" + token);
      if (textCounts.containsKey(token)) { // only content words are counted
        out.add("m=" + token);
      }
      previous = token;
    }
    if (target.isEmpty()) {
      out.add("t=<none>");
    }
    return overlap;
  }

  /**
   * Overlap of target and text, each in [0, 1]: cosine of content-word counts over the text and over
   * its lead; share of the target's content words found in the text and in the lead; share of the
   * target's bigrams and trigrams found in the text; how many distinct content words they share (scaled).
   */
  private static float[] overlap(List<String> target, List<String> text, Map<String, Integer> targetCounts,
      Map<String, Integer> textCounts) {
    List<String> lead = text.subList(0, Math.min(LEAD_WORDS, text.size()));
    Map<String, Integer> leadCounts = contentCounts(lead);
    int shared = 0;
    for (String word : targetCounts.keySet()) {
      if (textCounts.containsKey(word)) {
        shared++;
      }
    }
    return new float[] {
        cosine(targetCounts, textCounts),
        cosine(targetCounts, leadCounts),
        share(targetCounts.keySet(), textCounts.keySet()),
        share(targetCounts.keySet(), leadCounts.keySet()),
        share(new HashSet<>(ngrams(target, 2)), new HashSet<>(ngrams(text, 2))),
        share(new HashSet<>(ngrams(target, 3)), new HashSet<>(ngrams(text, 3))),
        Math.min(1f, shared / 10f)};
  }

  static boolean isContent(String token) {
    return !FUNCTION_WORDS.contains(token) && Character.isLetterOrDigit(token.charAt(0));
  }

  private static Map<String, Integer> contentCounts(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    for (String token : tokens) {
      if (isContent(token)) {
        counts.merge(token, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static float cosine(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0f;
    }
    double dot = 0;
    for (Map.Entry<String, Integer> entry : a.entrySet()) {
      dot += entry.getValue() * (double) b.getOrDefault(entry.getKey(), 0);
    }
    return (float) (dot / Math.sqrt(squaredNorm(a) * squaredNorm(b)));
  }

  private static double squaredNorm(Map<String, Integer> counts) {
    double sum = 0;
    for (int count : counts.values()) {
      sum += (double) count * count;
    }
    return sum;
  }

  private static float share(Set<String> wanted, Set<String> found) {
    if (wanted.isEmpty()) {
      return 0f;
    }
    int hits = 0;
    for (String item : wanted) {
      if (found.contains(item)) {
        hits++;
      }
    }
    return hits / (float) wanted.size();
  }

  private static List<String> ngrams(List<String> tokens, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.add(String.join(" ", tokens.subList(i, i + n)));
    }
    return out;
  }
}
