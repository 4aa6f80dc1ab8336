package org.stance.train.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stance.model.Task;

/**
 * Labeled articles with their label columns ({@code actor}, {@code stance}, or whatever the file has),
 * and a SHA-256 over the source bytes, recorded in trained models.
 */
public record LabeledDataset(List<String> labelColumns, List<LabeledArticle> articles, String sha256) {
  public LabeledDataset {
    labelColumns = List.copyOf(labelColumns);
    articles = List.copyOf(articles);
  }

  public int sentenceCount() {
    return articles.stream().mapToInt(a -> a.sentences().size()).sum();
  }

  /** Whether the texts are paired with targets (text + target stance data). */
  public boolean hasTargets() {
    return articles.stream().flatMap(a -> a.sentences().stream()).anyMatch(s -> !s.target().isEmpty());
  }

  /** The tasks this data teaches: one per label column, labels sorted by name. */
  public List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    for (int c = 0; c < labelColumns.size(); c++) {
      TreeSet<String> labels = new TreeSet<>();
      for (LabeledArticle article : articles) {
        for (LabeledSentence sentence : article.sentences()) {
          labels.add(sentence.labels().get(c));
        }
      }
      tasks.add(new Task(labelColumns.get(c), new ArrayList<>(labels)));
    }
    return tasks;
  }

  /** The subset of articles with the given ids, in this dataset's order. */
  public LabeledDataset subset(Collection<String> ids) {
    Map<String, Boolean> wanted = new LinkedHashMap<>();
    ids.forEach(id -> wanted.put(id, true));
    return new LabeledDataset(labelColumns,
        articles.stream().filter(a -> wanted.containsKey(a.id())).toList(), sha256);
  }
}
