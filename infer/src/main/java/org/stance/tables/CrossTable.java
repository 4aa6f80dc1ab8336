package org.stance.tables;

import java.util.List;
import org.stance.model.Task;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Label counts over all input in long form, one row per label pair in label order, zeros included:
 * {@code actor, stance, sentences, share_of_actor, share_of_all} for the Idlib model
 * (file {@code actor_stance.csv}); a single-task model gives {@code label, sentences, share_of_all}.
 */
public final class CrossTable {
  private CrossTable() {}

  public static String fileName(List<Task> tasks) {
    return baseName(tasks) + ".csv";
  }

  /** The table's name without extension: {@code actor_stance}, or the task's name for a single task. */
  public static String baseName(List<Task> tasks) {
    return tasks.size() > 1 ? tasks.get(0).name() + "_" + tasks.get(1).name() : tasks.get(0).name();
  }

  public static Table of(LabelCounts counts) {
    Task rows = counts.rowTask();
    Task columns = counts.columnTask();
    StringColumn rowLabels = StringColumn.create(rows.name());
    StringColumn columnLabels = StringColumn.create(columns == null ? "unused" : columns.name());
    IntColumn sentences = IntColumn.create("sentences");
    DoubleColumn shareOfRow = DoubleColumn.create("share_of_" + rows.name());
    DoubleColumn shareOfAll = DoubleColumn.create("share_of_all");
    for (int r = 0; r < rows.labels().size(); r++) {
      for (int c = 0; c < counts.columnCount(); c++) {
        rowLabels.append(rows.labels().get(r));
        if (columns != null) {
          columnLabels.append(columns.labels().get(c));
        }
        sentences.append((int) counts.count(r, c));
        shareOfRow.append(Decimals.share(counts.count(r, c), counts.rowTotal(r)));
        shareOfAll.append(Decimals.share(counts.count(r, c), counts.total()));
      }
    }
    String name = baseName(List.of(rows));
    return columns == null
        ? Table.create(name, rowLabels, sentences, shareOfAll)
        : Table.create(name, rowLabels, columnLabels, sentences, shareOfRow, shareOfAll);
  }
}
