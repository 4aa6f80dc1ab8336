package org.stance.train.eval;

import java.util.List;
import org.stance.model.Label;
import org.stance.model.Prediction;
import org.stance.model.Task;
import org.stance.tables.Decimals;
import org.stance.train.data.LabeledArticle;
import org.stance.train.data.LabeledDataset;
import org.stance.train.data.LabeledSentence;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Gold and predicted labels side by side, one row per sentence, for reading a model's errors:
 * {@code article_id, sentence_no, text}, then per task {@code TASK_gold, TASK, TASK_prob}.
 */
public final class PredictionTable {
  private PredictionTable() {}

  public static Table of(LabeledDataset data, List<Task> tasks, List<Prediction> predictions) {
    StringColumn ids = StringColumn.create("article_id");
    IntColumn numbers = IntColumn.create("sentence_no");
    StringColumn texts = StringColumn.create("text");
    Table table = Table.create("predictions", ids, numbers, texts);
    for (Task task : tasks) {
      table.addColumns(StringColumn.create(task.name() + "_gold"), StringColumn.create(task.name()),
          DoubleColumn.create(task.name() + "_prob"));
    }
    int row = 0;
    for (LabeledArticle article : data.articles()) {
      for (LabeledSentence sentence : article.sentences()) {
        ids.append(sentence.articleId());
        numbers.append(sentence.sentenceNo());
        texts.append(sentence.text());
        for (Task task : tasks) {
          Label label = predictions.get(row).label(task.name());
          table.stringColumn(task.name() + "_gold")
              .append(sentence.labels().get(data.labelColumns().indexOf(task.name())));
          table.stringColumn(task.name()).append(label.value());
          table.doubleColumn(task.name() + "_prob").append(Decimals.round(label.probability()));
        }
        row++;
      }
    }
    return table;
  }
}
