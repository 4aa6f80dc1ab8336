package org.stance.tables;

import java.util.List;
import org.stance.model.Label;
import org.stance.model.Task;
import org.stance.tagging.TaggedArticle;
import org.stance.tagging.TaggedSentence;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code sentences.csv}: one row per sentence: {@code article_id, sentence_no, text}, then for each task
 * its label and the label's probability ({@code actor, actor_prob, stance, stance_prob}).
 */
public final class SentenceTable {
  private SentenceTable() {}

  public static Table of(List<TaggedArticle> articles, List<Task> tasks) {
    StringColumn ids = StringColumn.create("article_id");
    IntColumn numbers = IntColumn.create("sentence_no");
    StringColumn texts = StringColumn.create("text");
    Table table = Table.create("sentences", ids, numbers, texts);
    for (Task task : tasks) {
      table.addColumns(StringColumn.create(task.name()), DoubleColumn.create(task.name() + "_prob"));
    }
    for (TaggedArticle article : articles) {
      for (TaggedSentence sentence : article.sentences()) {
        ids.append(article.article().id());
        numbers.append(sentence.sentenceNo());
        texts.append(sentence.text());
        for (Task task : tasks) {
          Label label = sentence.prediction().label(task.name());
          table.stringColumn(task.name()).append(label.value());
          table.doubleColumn(task.name() + "_prob").append(Decimals.round(label.probability()));
        }
      }
    }
    return table;
  }
}
