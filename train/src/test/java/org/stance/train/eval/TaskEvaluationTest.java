package org.stance.train.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures checked against a confusion matrix worked out by hand. */
class TaskEvaluationTest {
  private static final double EPS = 1e-9;

  /**
   * Gold x predicted:
   * <pre>
   *          A  B  C
   *   A      5  1  0     support 6
   *   B      2  3  1     support 6
   *   C      0  0  2     support 2
   * </pre>
   */
  private static TaskEvaluation handMade() {
    long[][] m = {{5, 1, 0}, {2, 3, 1}, {0, 0, 2}};
    List<String> labels = List.of("A", "B", "C");
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      for (int p = 0; p < 3; p++) {
        for (int n = 0; n < m[g][p]; n++) {
          gold.add(labels.get(g));
          predicted.add(labels.get(p));
        }
      }
    }
    return TaskEvaluation.of("task", gold, predicted);
  }

  @Test
  void confusionMatrixAndAccuracy() {
    TaskEvaluation e = handMade();
    assertArrayEquals(new long[] {5, 1, 0}, e.confusion()[0]);
    assertArrayEquals(new long[] {2, 3, 1}, e.confusion()[1]);
    assertEquals(14, e.total());
    assertEquals(10.0 / 14, e.accuracy(), EPS);
  }

  @Test
  void perClassPrecisionRecallF1() {
    TaskEvaluation e = handMade();
    // A: precision 5/7, recall 5/6; B: 3/4, 3/6; C: 2/3, 2/2
    assertEquals(new ClassScores(5.0 / 7, 5.0 / 6, f1(5.0 / 7, 5.0 / 6), 6), e.scores("A"));
    assertEquals(new ClassScores(3.0 / 4, 3.0 / 6, f1(3.0 / 4, 3.0 / 6), 6), e.scores("B"));
    assertEquals(new ClassScores(2.0 / 3, 1.0, f1(2.0 / 3, 1.0), 2), e.scores("C"));
    double macro = (f1(5.0 / 7, 5.0 / 6) + f1(3.0 / 4, 0.5) + f1(2.0 / 3, 1.0)) / 3;
    assertEquals(macro, e.macroF1(), EPS);
  }

  @Test
  void majorityBaselinePredictsTheMostFrequentGoldLabel() {
    TaskEvaluation baseline = handMade().majorityBaseline();
    assertEquals("A", baseline.majorityLabel(), "A and B tie at 6: the first in label order");
    assertEquals(6.0 / 14, baseline.accuracy(), EPS);
    // A: precision 6/14, recall 1; B and C: 0
    assertEquals(f1(6.0 / 14, 1.0) / 3, baseline.macroF1(), EPS);
  }

  @Test
  void aPredictedLabelAbsentFromGoldCountsInTheMacroAverage() {
    TaskEvaluation e = TaskEvaluation.of("t", List.of("A", "A"), List.of("A", "Z"));
    assertEquals(List.of("A", "Z"), e.labels());
    assertEquals((f1(1.0, 0.5) + 0.0) / 2, e.macroF1(), EPS);
  }

  @Test
  void jsonKeepsTheDocumentedShape() {
    Map<String, Object> json = new Evaluation(List.of(handMade())).toJson();
    @SuppressWarnings("unchecked")
    Map<String, Object> task = (Map<String, Object>) ((Map<String, Object>) json.get("tasks")).get("task");
    assertEquals(10.0 / 14, (double) task.get("accuracy"), EPS);
    assertEquals(handMade().macroF1(), (double) task.get("macro_f1"), EPS);
    assertEquals(f1(6.0 / 14, 1.0) / 3, (double) task.get("majority_macro_f1"), EPS);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> perClass = (Map<String, Map<String, Object>>) task.get("per_class");
    assertEquals(6L, perClass.get("B").get("support"));
    assertEquals(0.5, (double) perClass.get("B").get("recall"), EPS);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Long>> confusion = (Map<String, Map<String, Long>>) task.get("confusion");
    assertEquals(2L, confusion.get("B").get("A"), "gold B predicted A");
    assertEquals(0L, confusion.get("C").get("A"));
  }

  @Test
  void textReportShowsFiguresAndConfusion() {
    String report = new Evaluation(List.of(handMade())).toString();
    assertEquals(true, report.contains("accuracy 0.714"), report);
    assertEquals(true, report.contains("majority baseline (always A)"), report);
    assertEquals(true, report.contains("confusion (rows: gold, columns: predicted)"), report);
  }

  private static double f1(double p, double r) {
    return 2 * p * r / (p + r);
  }
}
