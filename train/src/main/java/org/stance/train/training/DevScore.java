package org.stance.train.training;

import java.util.List;
import org.stance.model.Task;
import org.stance.train.eval.Fnc1Score;
import org.stance.train.eval.TaskEvaluation;

/**
 * How dev data scores an epoch, so the best one is kept: the mean over tasks of each task's measure, which is
 * the FNC-1 score (as a fraction of its maximum) for a task with FNC-1's labels, since that task is judged by
 * it, and macro-F1 for any other. Macro-F1 would favour epochs that say the rare {@code disagree} more often
 * at the cost of the frequent labels that FNC-1's score weighs.
 */
final class DevScore {
  private DevScore() {}

  static double of(List<TaskEvaluation> tasks) {
    double sum = 0;
    for (TaskEvaluation task : tasks) {
      sum += Fnc1Score.of(task).map(score -> score.percent() / 100).orElseGet(task::macroF1);
    }
    return sum / tasks.size();
  }

  /** What {@link #of} measures, for the training log. */
  static String name(List<Task> tasks) {
    long fnc1 = tasks.stream().filter(task -> Fnc1Score.isFnc1(task.labels())).count();
    if (fnc1 == 0) {
      return "dev mean macro-F1";
    }
    return tasks.size() == 1 ? "dev FNC-1 score" : "dev mean score";
  }
}
