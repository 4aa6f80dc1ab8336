package org.stance.tables;

import java.util.List;
import org.stance.model.Prediction;
import org.stance.model.Task;

/**
 * Counts of sentences by the label of the first task and, when the model has a second task, by the pair
 * of labels (actor x stance for the Idlib model). Further tasks are not crossed.
 */
public final class LabelCounts {
  private final Task rows;
  private final Task columns; // null for a single-task model
  private final long[][] counts;
  private long total;

  public LabelCounts(List<Task> tasks) {
    this.rows = tasks.get(0);
    this.columns = tasks.size() > 1 ? tasks.get(1) : null;
    this.counts = new long[rows.labels().size()][columns == null ? 1 : columns.labels().size()];
  }

  public void add(Prediction prediction) {
    int row = rows.indexOf(prediction.label(rows.name()).value());
    int column = columns == null ? 0 : columns.indexOf(prediction.label(columns.name()).value());
    counts[row][column]++;
    total++;
  }

  /** Adds another count of the same tasks (a day's counts to its week's). */
  public void addAll(LabelCounts other) {
    for (int r = 0; r < counts.length; r++) {
      for (int c = 0; c < counts[r].length; c++) {
        counts[r][c] += other.counts[r][c];
      }
    }
    total += other.total;
  }

  public Task rowTask() {
    return rows;
  }

  /** The second task, or null when the model has one task. */
  public Task columnTask() {
    return columns;
  }

  public long total() {
    return total;
  }

  public long count(int row, int column) {
    return counts[row][column];
  }

  public long rowTotal(int row) {
    long sum = 0;
    for (long c : counts[row]) {
      sum += c;
    }
    return sum;
  }

  public int columnCount() {
    return counts[0].length;
  }
}
