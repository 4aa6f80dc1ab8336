package org.stance.tables;

import java.util.ArrayList;
import java.util.List;
import org.stance.model.Task;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The count columns of a long table of label counts per group (a source, a day): one row per label pair
 * of the group's {@link LabelCounts}, zeros included: {@code actor, stance, sentences, share_of_actor,
 * share_of_<group>} for the Idlib model; a single-task model gives {@code label, sentences,
 * share_of_<group>}. The caller adds the group's key columns in front.
 */
final class PairRows {
  private final StringColumn rowLabels;
  private final StringColumn columnLabels; // null for a single-task model
  private final IntColumn sentences = IntColumn.create("sentences");
  private final DoubleColumn shareOfRow; // null for a single-task model
  private final DoubleColumn shareOfGroup;

  PairRows(List<Task> tasks, String group) {
    rowLabels = StringColumn.create(tasks.get(0).name());
    boolean crossed = tasks.size() > 1;
    columnLabels = crossed ? StringColumn.create(tasks.get(1).name()) : null;
    shareOfRow = crossed ? DoubleColumn.create("share_of_" + tasks.get(0).name()) : null;
    shareOfGroup = DoubleColumn.create("share_of_" + group);
  }

  /** Appends a row per label pair of one group and returns how many, so the caller can repeat its keys. */
  int append(LabelCounts counts) {
    List<String> rows = counts.rowTask().labels();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < counts.columnCount(); c++) {
        rowLabels.append(rows.get(r));
        if (columnLabels != null) {
          columnLabels.append(counts.columnTask().labels().get(c));
          shareOfRow.append(Decimals.share(counts.count(r, c), counts.rowTotal(r)));
        }
        sentences.append((int) counts.count(r, c));
        shareOfGroup.append(Decimals.share(counts.count(r, c), counts.total()));
      }
    }
    return rows.size() * counts.columnCount();
  }

  List<Column<?>> columns() {
    List<Column<?>> columns = new ArrayList<>();
    columns.add(rowLabels);
    if (columnLabels != null) {
      columns.add(columnLabels);
    }
    columns.add(sentences);
    if (shareOfRow != null) {
      columns.add(shareOfRow);
    }
    columns.add(shareOfGroup);
    return columns;
  }
}
