package org.stance.train.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stance.features.FeatureExtractor;
import org.stance.features.SentenceFeatures;
import org.stance.model.Task;
import org.stance.train.data.LabeledArticle;
import org.stance.train.data.LabeledDataset;
import org.stance.train.data.LabeledSentence;

/**
 * A labeled dataset turned into what trainers consume: each sentence's features (extracted in its article)
 * and, per task, the index of its gold label; sentences of labels the tasks do not know get -1.
 */
public record TrainingData(List<Task> tasks, List<SentenceFeatures> features, List<int[]> gold) {

  public static TrainingData of(LabeledDataset data, List<Task> tasks, FeatureExtractor extractor) {
    List<SentenceFeatures> features = new ArrayList<>(data.sentenceCount());
    List<int[]> gold = new ArrayList<>();
    for (int t = 0; t < tasks.size(); t++) {
      gold.add(new int[data.sentenceCount()]);
    }
    Map<String, String> pool = new HashMap<>();
    int row = 0;
    for (LabeledArticle article : data.articles()) {
      for (SentenceFeatures sentence : extractor.extract(article.document())) {
        features.add(new SentenceFeatures(pooled(sentence.sentence(), pool), pooled(sentence.context(), pool),
            sentence.dense()));
      }
      for (LabeledSentence sentence : article.sentences()) {
        for (int t = 0; t < tasks.size(); t++) {
          int column = data.labelColumns().indexOf(tasks.get(t).name());
          gold.get(t)[row] = tasks.get(t).indexOf(sentence.labels().get(column));
        }
        row++;
      }
    }
    return new TrainingData(tasks, features, gold);
  }

  /**
   * The same names, each held once: feature names repeat across sentences (and across the thousands of
   * pairs that share one FNC-1 body), so pooling keeps large training sets in a small heap.
   */
  private static List<String> pooled(List<String> names, Map<String, String> pool) {
    List<String> out = new ArrayList<>(names.size());
    for (String name : names) {
      out.add(pool.computeIfAbsent(name, n -> n));
    }
    return out;
  }

  public int size() {
    return features.size();
  }
}
