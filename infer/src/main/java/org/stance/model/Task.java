package org.stance.model;

import java.util.List;

/** One label column a model predicts, such as {@code actor} or {@code stance}, with its labels in order. */
public record Task(String name, List<String> labels) {
  public Task {
    labels = List.copyOf(labels);
    if (name.isBlank() || labels.isEmpty()) {
      throw new IllegalArgumentException("a task needs a name and at least one label");
    }
  }

  public int indexOf(String label) {
    return labels.indexOf(label);
  }
}
