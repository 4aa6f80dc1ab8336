package org.stance.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The labels a model predicts for one sentence: one per task, in the model's task order. */
public record Prediction(Map<String, Label> byTask) {
  public Prediction {
    byTask = Collections.unmodifiableMap(new LinkedHashMap<>(byTask));
  }

  public Label label(String task) {
    Label label = byTask.get(task);
    if (label == null) {
      throw new IllegalArgumentException("no task '" + task + "' in " + byTask.keySet());
    }
    return label;
  }

  /** Picks, for each task, the label with the highest probability. */
  static Prediction argmax(List<Task> tasks, List<double[]> probabilities) {
    Map<String, Label> labels = new LinkedHashMap<>();
    for (int t = 0; t < tasks.size(); t++) {
      double[] p = probabilities.get(t);
      int best = 0;
      for (int i = 1; i < p.length; i++) {
        if (p[i] > p[best]) {
          best = i;
        }
      }
      labels.put(tasks.get(t).name(), new Label(tasks.get(t).labels().get(best), p[best]));
    }
    return new Prediction(labels);
  }
}
