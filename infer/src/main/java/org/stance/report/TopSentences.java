package org.stance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The most confident sentences for each label pair (actor x stance), kept while the sentence table streams
 * by: at most {@code limit} per pair, ranked by the model's confidence in the pair, the product of the
 * two labels' probabilities (of the one label for a single-column model); on ties the earlier sentence.
 */
final class TopSentences {
  /** One sentence as the report shows it. */
  record Sentence(long order, String articleId, int sentenceNo, String text, List<String> labels,
      List<Double> probabilities) {
    double confidence() {
      return probabilities.stream().mapToDouble(Double::doubleValue).reduce(1.0, (a, b) -> a * b);
    }
  }

  private static final Comparator<Sentence> WORST_FIRST = Comparator.comparingDouble(Sentence::confidence)
      .thenComparing(Comparator.comparingLong(Sentence::order).reversed());

  private final List<String> labelColumns;
  private final int limit;
  private final Map<List<String>, PriorityQueue<Sentence>> byPair = new LinkedHashMap<>();
  private long seen;

  /** @param labelColumns the one or two label columns ranked on, actor's first */
  TopSentences(List<String> labelColumns, int limit) {
    this.labelColumns = List.copyOf(labelColumns);
    this.limit = limit;
  }

  void add(Map<String, String> row) {
    List<String> labels = new ArrayList<>();
    List<Double> probabilities = new ArrayList<>();
    for (String column : labelColumns) {
      labels.add(row.get(column));
      probabilities.add(Double.parseDouble(row.get(column + "_prob")));
    }
    Sentence sentence = new Sentence(seen++, row.get("article_id"), Integer.parseInt(row.get("sentence_no")),
        row.get("text"), List.copyOf(labels), List.copyOf(probabilities));
    PriorityQueue<Sentence> top = byPair.computeIfAbsent(sentence.labels(), p -> new PriorityQueue<>(WORST_FIRST));
    top.add(sentence);
    if (top.size() > limit) {
      top.poll();
    }
  }

  /** The sentences of a label pair, most confident first; empty when the pair never occurs. */
  List<Sentence> of(List<String> pair) {
    PriorityQueue<Sentence> top = byPair.get(pair);
    if (top == null) {
      return List.of();
    }
    List<Sentence> sorted = new ArrayList<>(top);
    sorted.sort(WORST_FIRST.reversed());
    return sorted;
  }
}
