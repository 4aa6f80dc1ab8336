package org.stance.train.data;

import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How labels are distributed in a dataset: for each label column the sentences per label and their
 * share, and for the first two columns the sentences per label pair (actor x stance).
 */
public final class LabelDistribution {
  private LabelDistribution() {}

  /** {@code column, label, sentences, share}: one row per label of every label column. */
  public static Table byLabel(LabeledDataset data) {
    StringColumn columns = StringColumn.create("column");
    StringColumn labels = StringColumn.create("label");
    IntColumn counts = IntColumn.create("sentences");
    DoubleColumn shares = DoubleColumn.create("share");
    int total = data.sentenceCount();
    for (int c = 0; c < data.labelColumns().size(); c++) {
      for (String label : data.tasks().get(c).labels()) {
        int count = count(data, c, label, -1, null);
        columns.append(data.labelColumns().get(c));
        labels.append(label);
        counts.append(count);
        shares.append(Math.round(10_000.0 * count / total) / 10_000.0);
      }
    }
    return Table.create("labels", columns, labels, counts, shares);
  }

  /** Sentences per pair of first- and second-column labels, as a cross table; null with one column. */
  public static Table crossed(LabeledDataset data) {
    if (data.labelColumns().size() < 2) {
      return null;
    }
    List<String> rows = data.tasks().get(0).labels();
    List<String> columns = data.tasks().get(1).labels();
    Table table = Table.create("crossed", StringColumn.create(data.labelColumns().get(0)));
    columns.forEach(label -> table.addColumns(IntColumn.create(label)));
    for (String row : rows) {
      table.stringColumn(0).append(row);
      for (String column : columns) {
        table.intColumn(column).append(count(data, 0, row, 1, column));
      }
    }
    return table;
  }

  private static int count(LabeledDataset data, int column, String label, int other, String otherLabel) {
    int count = 0;
    for (LabeledArticle article : data.articles()) {
      for (LabeledSentence sentence : article.sentences()) {
        if (sentence.labels().get(column).equals(label)
            && (other < 0 || sentence.labels().get(other).equals(otherLabel))) {
          count++;
        }
      }
    }
    return count;
  }

  /** A table as a Markdown table, for READMEs. */
  public static String markdown(Table table) {
    StringBuilder out = new StringBuilder("|");
    table.columnNames().forEach(name -> out.append(' ').append(name).append(" |"));
    out.append("\n|");
    table.columnNames().forEach(name -> out.append("---|"));
    out.append('\n');
    for (int r = 0; r < table.rowCount(); r++) {
      out.append('|');
      for (int c = 0; c < table.columnCount(); c++) {
        out.append(' ').append(String.format(Locale.ROOT, "%s", table.getUnformatted(r, c))).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }
}
