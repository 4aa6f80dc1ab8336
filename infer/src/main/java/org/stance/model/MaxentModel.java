package org.stance.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import org.stance.features.FeatureSettings;
import org.stance.features.SentenceFeatures;

/**
 * The classic baseline: one OpenNLP maximum-entropy (GIS) classifier per task, the model behind OpenNLP's
 * document categorizer, over the same named features as the network (sentence and context in one bag).
 * Saved in OpenNLP's binary GIS format, one entry per task.
 */
public final class MaxentModel implements StanceModel {
  public static final String ALGORITHM = "maxent";

  private final List<opennlp.tools.ml.model.MaxentModel> classifiers;
  private final List<Task> tasks;
  private final FeatureSettings settings;
  private final List<int[]> labelToOutcome;

  public MaxentModel(List<? extends opennlp.tools.ml.model.MaxentModel> classifiers, List<Task> tasks,
      FeatureSettings settings) {
    if (classifiers.size() != tasks.size()) {
      throw new IllegalArgumentException(classifiers.size() + " classifiers for " + tasks.size() + " tasks");
    }
    this.classifiers = List.copyOf(classifiers);
    this.tasks = List.copyOf(tasks);
    this.settings = settings;
    this.labelToOutcome = new ArrayList<>();
    for (int t = 0; t < tasks.size(); t++) {
      labelToOutcome.add(outcomeIndices(this.classifiers.get(t), tasks.get(t)));
    }
  }

  private static int[] outcomeIndices(opennlp.tools.ml.model.MaxentModel classifier, Task task) {
    int[] indices = new int[task.labels().size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = classifier.getIndex(task.labels().get(i));
      if (indices[i] < 0) {
        throw new ModelFormatException("maxent model of task '" + task.name() + "' lacks label '"
            + task.labels().get(i) + "'");
      }
    }
    return indices;
  }

  static String entryName(int taskIndex) {
    return "maxent/task" + taskIndex + ".bin";
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public List<Task> tasks() {
    return tasks;
  }

  @Override
  public FeatureSettings featureSettings() {
    return settings;
  }

  /** The features of one sentence as the maxent classifier's context: sentence and context together. */
  public static String[] context(SentenceFeatures features) {
    List<String> all = new ArrayList<>(features.sentence().size() + features.context().size());
    all.addAll(features.sentence());
    all.addAll(features.context());
    return all.toArray(String[]::new);
  }

  @Override
  public List<Prediction> predict(List<SentenceFeatures> batch) {
    List<Prediction> out = new ArrayList<>(batch.size());
    for (SentenceFeatures features : batch) {
      String[] context = context(features);
      List<double[]> perTask = new ArrayList<>(tasks.size());
      for (int t = 0; t < tasks.size(); t++) {
        double[] outcomes = classifiers.get(t).eval(context);
        int[] indices = labelToOutcome.get(t);
        double[] byLabel = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
          byLabel[i] = outcomes[indices[i]];
        }
        perTask.add(byLabel);
      }
      out.add(Prediction.argmax(tasks, perTask));
    }
    return out;
  }

  @Override
  public void writeEntries(BundleEntries entries) throws IOException {
    for (int t = 0; t < classifiers.size(); t++) {
      AbstractModel classifier = (AbstractModel) classifiers.get(t);
      entries.put(entryName(t), out -> {
        DataOutputStream data = new DataOutputStream(out);
        new BinaryGISModelWriter(classifier, data).persist();
        data.flush();
      });
    }
  }

  static MaxentModel read(Manifest manifest, BundleEntries entries) throws IOException {
    List<GISModel> classifiers = new ArrayList<>();
    for (int t = 0; t < manifest.tasks().size(); t++) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entries.get(entryName(t))))) {
        classifiers.add((GISModel) new BinaryGISModelReader(in).getModel());
      }
    }
    return new MaxentModel(classifiers, manifest.tasks(), manifest.features());
  }
}
