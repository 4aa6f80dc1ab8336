package org.stance.train.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FNC-1 score against pairs scored by hand with the challenge's rules. */
class Fnc1ScoreTest {
  private static TaskEvaluation of(String... goldPredicted) {
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (String pair : goldPredicted) {
      String[] parts = pair.split(">");
      gold.add(parts[0]);
      predicted.add(parts[1]);
    }
    return TaskEvaluation.of("stance", gold, predicted);
  }

  @Test
  void scoresEachPairByTheChallengeRules() {
    TaskEvaluation task = of(
        "agree>agree",          // 1.00: related and exact
        "discuss>agree",        // 0.25: related, wrong related label
        "disagree>unrelated",   // 0
        "unrelated>unrelated",  // 0.25
        "unrelated>discuss");   // 0
    Fnc1Score score = Fnc1Score.of(task).orElseThrow();
    assertEquals(1.5, score.score(), 1e-9);
    assertEquals(1 + 1 + 1 + 0.25 + 0.25, score.max(), 1e-9); // 1 per related pair, 0.25 per unrelated
    assertEquals(100 * 1.5 / 3.5, score.percent(), 1e-9);
  }

  @Test
  void allUnrelatedOnTheCompetitionTestSetScoresItsPublishedBaseline() {
    // 18,349 unrelated and 7,064 related pairs: always "unrelated" earns 0.25 per unrelated pair, 39.37%
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < 18349; i++) {
      pairs.add("unrelated>unrelated");
    }
    for (int i = 0; i < 1903; i++) {
      pairs.add("agree>unrelated");
    }
    for (int i = 0; i < 697; i++) {
      pairs.add("disagree>unrelated");
    }
    for (int i = 0; i < 4464; i++) {
      pairs.add("discuss>unrelated");
    }
    Fnc1Score score = Fnc1Score.of(of(pairs.toArray(String[]::new))).orElseThrow();
    assertEquals(11651.25, score.max(), 1e-9);
    assertEquals(39.37, score.percent(), 0.005);
  }

  @Test
  void onlyForFncLabels() {
    assertTrue(Fnc1Score.of(of("NONE>NONE", "OTHER>NONE")).isEmpty());
    assertTrue(Fnc1Score.of(of("agree>agree", "discuss>agree")).isEmpty()); // no unrelated: not FNC-1
  }
}
