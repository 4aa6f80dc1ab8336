package org.stance.train.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stance.model.Task;
import org.stance.train.eval.Fnc1Score;
import org.stance.train.eval.TaskEvaluation;

class DevScoreTest {
  private static final List<String> GOLD = List.of("agree", "discuss", "discuss", "unrelated", "unrelated");
  private static final List<String> PREDICTED = List.of("discuss", "discuss", "discuss", "unrelated", "unrelated");

  @Test
  void fnc1LabelsAreScoredByTheFnc1Score() {
    TaskEvaluation stance = TaskEvaluation.of("stance", GOLD, PREDICTED);
    double fnc1 = Fnc1Score.of(stance).orElseThrow().percent() / 100;
    assertEquals(fnc1, DevScore.of(List.of(stance)), 1e-12);
    // 3 related pairs (1 each) and 2 unrelated (0.25 each); the agree pair called discuss earns 0.25
    assertEquals((0.25 + 1 + 1 + 0.25 + 0.25) / 3.5, fnc1, 1e-12);
    assertEquals("dev FNC-1 score", DevScore.name(List.of(new Task("stance", List.of("agree", "discuss", "unrelated")))));
  }

  @Test
  void otherLabelsAreScoredByMacroF1AndTasksAveraged() {
    TaskEvaluation actor = TaskEvaluation.of("actor", List.of("RUSSIA", "TURKEY", "TURKEY"),
        List.of("RUSSIA", "RUSSIA", "TURKEY"));
    TaskEvaluation stance = TaskEvaluation.of("stance", List.of("NEUTRAL", "NEUTRAL", "COOPERATIVE"),
        List.of("NEUTRAL", "NEUTRAL", "COOPERATIVE"));
    assertEquals((actor.macroF1() + 1.0) / 2, DevScore.of(List.of(actor, stance)), 1e-12);
    assertEquals("dev mean macro-F1", DevScore.name(List.of(new Task("actor", List.of("RUSSIA", "TURKEY")))));
  }
}
