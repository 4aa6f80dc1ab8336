package org.stance.train.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The confusion matrix of one task and every figure derived from it. Labels are those of the gold data
 * and the predictions together; macro averages run over them all, as scikit-learn's do.
 *
 * @param confusion {@code confusion[gold][predicted]} counts, indexed like {@code labels}
 */
public record TaskEvaluation(String task, List<String> labels, long[][] confusion) {
  public TaskEvaluation {
    labels = List.copyOf(labels);
    if (confusion.length != labels.size()) {
      throw new IllegalArgumentException("confusion matrix does not match " + labels.size() + " labels");
    }
  }

  public static TaskEvaluation of(String task, List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
    }
    List<String> labels = new ArrayList<>(new java.util.TreeSet<>(gold));
    for (String p : new java.util.TreeSet<>(predicted)) {
      if (!labels.contains(p)) {
        labels.add(p);
      }
    }
    labels.sort(null);
    long[][] confusion = new long[labels.size()][labels.size()];
    for (int i = 0; i < gold.size(); i++) {
      confusion[labels.indexOf(gold.get(i))][labels.indexOf(predicted.get(i))]++;
    }
    return new TaskEvaluation(task, labels, confusion);
  }

  public long total() {
    long sum = 0;
    for (long[] row : confusion) {
      for (long c : row) {
        sum += c;
      }
    }
    return sum;
  }

  public double accuracy() {
    long correct = 0;
    for (int i = 0; i < labels.size(); i++) {
      correct += confusion[i][i];
    }
    return ratio(correct, total());
  }

  public ClassScores scores(String label) {
    int i = labels.indexOf(label);
    long truePositives = confusion[i][i];
    long support = 0;
    long predicted = 0;
    for (int j = 0; j < labels.size(); j++) {
      support += confusion[i][j];
      predicted += confusion[j][i];
    }
    double precision = ratio(truePositives, predicted);
    double recall = ratio(truePositives, support);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClassScores(precision, recall, f1, support);
  }

  public Map<String, ClassScores> perClass() {
    Map<String, ClassScores> scores = new LinkedHashMap<>();
    labels.forEach(label -> scores.put(label, scores(label)));
    return scores;
  }

  public double macroF1() {
    return perClass().values().stream().mapToDouble(ClassScores::f1).average().orElse(0);
  }

  public double macroPrecision() {
    return perClass().values().stream().mapToDouble(ClassScores::precision).average().orElse(0);
  }

  public double macroRecall() {
    return perClass().values().stream().mapToDouble(ClassScores::recall).average().orElse(0);
  }

  /** The most frequent gold label (the first in label order on a tie). */
  public String majorityLabel() {
    int best = 0;
    for (int i = 1; i < labels.size(); i++) {
      if (scores(labels.get(i)).support() > scores(labels.get(best)).support()) {
        best = i;
      }
    }
    return labels.get(best);
  }

  /** The evaluation of always predicting the majority gold label, over the same gold labels. */
  public TaskEvaluation majorityBaseline() {
    List<String> gold = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      for (int j = 0; j < labels.size(); j++) {
        for (long n = 0; n < confusion[i][j]; n++) {
          gold.add(labels.get(i));
        }
      }
    }
    String majority = majorityLabel();
    return of(task, gold, gold.stream().map(g -> majority).toList());
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
