package org.stance.train.eval;

import java.util.List;
import java.util.Optional;

/**
 * The official Fake News Challenge (FNC-1) score of a stance task with the labels agree, disagree,
 * discuss and unrelated: per pair, 0.25 for telling related from unrelated right, 0.75 more for the exact
 * related label; the sum is reported against the score of a perfect system. Computed from the confusion
 * matrix, as the challenge's scorer does.
 */
public record Fnc1Score(double score, double max) {
  public static final String UNRELATED = "unrelated";
  /** FNC-1's labels, in the order the challenge lists them. */
  public static final List<String> LABELS = List.of("agree", "disagree", "discuss", UNRELATED);

  /** The score, when the task's labels are FNC-1's (the four, or some of them with unrelated). */
  public static Optional<Fnc1Score> of(TaskEvaluation task) {
    List<String> labels = task.labels();
    if (!isFnc1(labels)) {
      return Optional.empty();
    }
    double score = 0;
    double max = 0;
    long[][] confusion = task.confusion();
    for (int g = 0; g < labels.size(); g++) {
      boolean goldRelated = !labels.get(g).equals(UNRELATED);
      for (int p = 0; p < labels.size(); p++) {
        long count = confusion[g][p];
        boolean predictedRelated = !labels.get(p).equals(UNRELATED);
        max += count * (goldRelated ? 1.0 : 0.25);
        if (g == p) {
          score += count * (goldRelated ? 1.0 : 0.25);
        } else if (goldRelated && predictedRelated) {
          score += count * 0.25;
        }
      }
    }
    return Optional.of(new Fnc1Score(score, max));
  }

  /** Whether a task with these labels is scored as FNC-1 (the four, or some of them with unrelated). */
  public static boolean isFnc1(List<String> labels) {
    return labels.contains(UNRELATED) && labels.size() >= 2 && LABELS.containsAll(labels);
  }

  /** The score as a percentage of the maximum, the figure the FNC-1 leaderboard reports. */
  public double percent() {
    return max == 0 ? 0 : 100 * score / max;
  }
}
