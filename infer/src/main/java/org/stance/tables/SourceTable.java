package org.stance.tables;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stance.model.Task;
import org.stance.tagging.TaggedArticle;
import org.stance.tagging.TaggedSentence;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code sources.csv}: label counts per source, accumulated while articles stream by. One row per source
 * and label pair, zeros included, sources in name order: {@code source, actor, stance, sentences,
 * share_of_actor} (of the actor's sentences in that source) {@code , share_of_source} (of all the
 * source's sentences). Articles without a source count under {@link #NO_SOURCE}; names are trimmed.
 */
public final class SourceTable {
  /** The source of articles that name none; sorts before letters and digits. */
  public static final String NO_SOURCE = "(none)";

  private final List<Task> tasks;
  private final Map<String, LabelCounts> bySource = new TreeMap<>();

  public SourceTable(List<Task> tasks) {
    this.tasks = List.copyOf(tasks);
  }

  public static String sourceOf(TaggedArticle article) {
    String source = article.article().source().strip();
    return source.isEmpty() ? NO_SOURCE : source;
  }

  public void add(TaggedArticle article) {
    LabelCounts counts = bySource.computeIfAbsent(sourceOf(article), s -> new LabelCounts(tasks));
    for (TaggedSentence sentence : article.sentences()) {
      counts.add(sentence.prediction());
    }
  }

  public int sourceCount() {
    return bySource.size();
  }

  public Table table() {
    StringColumn sources = StringColumn.create("source");
    PairRows pairs = new PairRows(tasks, "source");
    bySource.forEach((source, counts) -> {
      int rows = pairs.append(counts);
      for (int i = 0; i < rows; i++) {
        sources.append(source);
      }
    });
    Table table = Table.create("sources", sources);
    pairs.columns().forEach(table::addColumns);
    return table;
  }
}
