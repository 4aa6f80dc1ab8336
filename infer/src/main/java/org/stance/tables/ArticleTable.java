package org.stance.tables;

import java.util.List;
import org.stance.model.Task;
import org.stance.tagging.TaggedArticle;
import org.stance.tagging.TaggedSentence;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code articles.csv}: one row per article: {@code article_id, title, source, date} (as the input gives
 * them), {@code day} (the date read by {@link PublicationDates}; empty when unreadable),
 * {@code sentences}, then for
 * each label of the first task the number of its sentences ({@code RUSSIA_sentences}), then for each pair
 * of first- and second-task labels the share of the first label's sentences that carry the second
 * ({@code RUSSIA_CONFRONTATIONAL_share}; 0 when the article has no sentence of that label).
 */
public final class ArticleTable {
  private ArticleTable() {}

  public static Table empty(List<Task> tasks) {
    Table table = Table.create("articles", StringColumn.create("article_id"), StringColumn.create("title"),
        StringColumn.create("source"), StringColumn.create("date"), DateColumn.create("day"),
        IntColumn.create("sentences"));
    Task first = tasks.get(0);
    for (String label : first.labels()) {
      table.addColumns(IntColumn.create(label + "_sentences"));
    }
    if (tasks.size() > 1) {
      for (String label : first.labels()) {
        for (String second : tasks.get(1).labels()) {
          table.addColumns(DoubleColumn.create(label + "_" + second + "_share"));
        }
      }
    }
    return table;
  }

  public static Table of(List<TaggedArticle> articles, List<Task> tasks) {
    Table table = empty(tasks);
    for (TaggedArticle article : articles) {
      LabelCounts counts = new LabelCounts(tasks);
      for (TaggedSentence sentence : article.sentences()) {
        counts.add(sentence.prediction());
      }
      table.stringColumn("article_id").append(article.article().id());
      table.stringColumn("title").append(article.article().title());
      table.stringColumn("source").append(article.article().source());
      table.stringColumn("date").append(article.article().date());
      PublicationDates.parse(article.article().date()).ifPresentOrElse(table.dateColumn("day")::append,
          table.dateColumn("day")::appendMissing);
      table.intColumn("sentences").append(article.sentences().size());
      appendCounts(table, counts);
    }
    return table;
  }

  private static void appendCounts(Table table, LabelCounts counts) {
    List<String> labels = counts.rowTask().labels();
    for (int r = 0; r < labels.size(); r++) {
      table.intColumn(labels.get(r) + "_sentences").append((int) counts.rowTotal(r));
    }
    if (counts.columnTask() == null) {
      return;
    }
    List<String> seconds = counts.columnTask().labels();
    for (int r = 0; r < labels.size(); r++) {
      for (int c = 0; c < seconds.size(); c++) {
        table.doubleColumn(labels.get(r) + "_" + seconds.get(c) + "_share")
            .append(Decimals.share(counts.count(r, c), counts.rowTotal(r)));
      }
    }
  }
}
